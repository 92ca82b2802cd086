import type { Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"
import { checkOutCart } from "../support/shop"

jest.setTimeout(240_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const BUYER = { name: "李小红", email: `xiaohong-${Date.now()}@buyers.test`, password: "chestnut-2026" }
const ADDRESS = {
  first_name: "李小红", last_name: "", province: "湖北省", city: "黄冈市", address_2: "罗田县",
  address_1: "凤山镇义水北路 8 号", phone: "13800138000", country_code: "cn",
}

let storeKey: string
const asBuyer = (token?: string) => ({ token, headers: { "x-publishable-api-key": storeKey } })
const yuan = (cents: number) => `¥${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`account-${step}`), fullPage: true })

const call = (path: string, token?: string, body?: unknown) => backendFetch(path, { ...asBuyer(token), method: body ? "POST" : "GET", body })

/** A seeded seller, whose portal login the suite has. */
function seeded(handle: string) {
  try {
    return Boolean(sellerAccount(handle))
  } catch {
    return false
  }
}

type Size = { variant_id: string; price_cny: number | null; stock: number }
/** A product's cheapest size with a few in stock. */
const cheapestSize = (sizes: Size[]) =>
  sizes.filter((s) => s.stock >= 5 && s.price_cny !== null).sort((a, b) => a.price_cny! - b.price_cny!)[0] as Size | undefined

/** Two in-stock products of two different sellers, each in its cheapest size: its variant and price in fen. */
async function twoSellersProducts() {
  const { hits } = await call("/store/catalogue?in_stock=true&sort=price_asc&limit=100")
  const picked = new Map<string, { seller: string; variant_id: string; cents: number }>()
  for (const hit of hits) {
    const size = cheapestSize(hit.sizes)
    if (!size || !seeded(hit.seller.handle) || picked.has(hit.seller.handle)) continue
    picked.set(hit.seller.handle, { seller: hit.seller.handle, variant_id: size.variant_id, cents: Math.round(size.price_cny! * 100) })
  }
  return [...picked.values()].slice(0, 2)
}

/** A guest's cart with one of each product, as the shop keeps it in this browser before the buyer logs in. */
async function guestCart(products: { variant_id: string }[]) {
  const { regions } = await call("/store/regions")
  const region = regions.find((r: any) => r.currency_code === "cny")
  const { cart } = await call("/store/carts", undefined, { region_id: region.id, items: products.map((p) => ({ variant_id: p.variant_id, quantity: 1 })) })
  return cart.id as string
}


async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
}

beforeAll(async () => {
  const { api_keys } = await backendFetch("/admin/api-keys?type=publishable", { token: await associationToken() })
  storeKey = api_keys[0].token
})

describe("buyer account", () => {
  it("registers, logs out and in, and follows a purchase's seller parts until one is shipped", async () => {
    // A guest cart with products of two sellers, in this browser's cart cookie (the shop's "luotian_cart").
    const products = await twoSellersProducts()
    expect(products).toHaveLength(2)
    const cartId = await guestCart(products)
    const context = await browser().newContext(PHONE)
    await context.addCookies([{ name: "luotian_cart", value: cartId, url: storefrontUrl(), httpOnly: true }])
    const page = await context.newPage()
    // Not logged in: the account sends the buyer to log in, and back afterwards.
    await page.goto(`${storefrontUrl()}/zh-CN/account`)
    await page.waitForURL(/\/zh-CN\/account\/login\?next=%2Fzh-CN%2Faccount$/)
    await page.getByRole("link", { name: "注册新账户" }).click()
    await page.waitForURL(/\/zh-CN\/account\/register/)
    await expect(page.locator("h1").innerText()).resolves.toBe("注册账户")

    // Too short a password is named, and nothing typed is lost.
    await fill(page, { 姓名: BUYER.name, 电子邮箱: BUYER.email, 密码: "1234567" })
    await page.getByRole("button", { name: "注册", exact: true }).click()
    await expect(page.locator("main").getByRole("alert").innerText()).resolves.toBe("“密码”太短：至少需要 8 位。")
    expect(await page.getByLabel("密码", { exact: true }).getAttribute("aria-invalid")).toBe("true")
    expect([await page.getByLabel("姓名").inputValue(), await page.getByLabel("电子邮箱").inputValue()]).toEqual([BUYER.name, BUYER.email])
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "register-error")

    await page.getByLabel("密码", { exact: true }).fill(BUYER.password)
    await page.getByRole("button", { name: "注册", exact: true }).click()
    await page.waitForURL(/\/zh-CN\/account$/)
    await expect(page.locator(".account-name").innerText()).resolves.toBe(`您好，${BUYER.name}`)
    await expect(page.locator(".account-who").innerText()).resolves.toContain(BUYER.email)
    await expect(page.locator("main").innerText()).resolves.toContain("您还没有订单。")
    await shot(page, "registered")
    // Registering made the guest cart the buyer's.
    const { token: first } = await call("/auth/customer/emailpass", undefined, { email: BUYER.email, password: BUYER.password })
    expect((await call(`/store/carts/${cartId}`, first)).cart.email).toBe(BUYER.email)

    await page.getByRole("button", { name: "退出登录" }).click()
    await page.waitForURL(/\/zh-CN\/account\/login$/)
    // The same e-mail cannot be registered twice.
    await page.goto(`${storefrontUrl()}/zh-CN/account/register`)
    await fill(page, { 姓名: BUYER.name, 电子邮箱: BUYER.email, 密码: BUYER.password })
    await page.getByRole("button", { name: "注册", exact: true }).click()
    await expect(page.locator("main").getByRole("alert").innerText()).resolves.toBe("这个“电子邮箱”已经注册过，请直接登录。")
    await page.getByRole("link", { name: "直接登录" }).click()
    await page.waitForURL(/\/zh-CN\/account\/login/)

    // A wrong password is said so; the e-mail stays as typed.
    await fill(page, { 电子邮箱: BUYER.email, 密码: "not-my-password" })
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await expect(page.locator("main").getByRole("alert").innerText()).resolves.toBe("“密码”不正确，或这个电子邮箱还没有注册。")
    expect(await page.getByLabel("电子邮箱").inputValue()).toBe(BUYER.email)
    await shot(page, "login-error")
    await page.getByLabel("密码", { exact: true }).fill(BUYER.password)
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.waitForURL(/\/zh-CN\/account$/)

    // The buyer checks out the cart that became theirs, with their own login.
    const { token } = await call("/auth/customer/emailpass", undefined, { email: BUYER.email, password: BUYER.password })
    const { order, shippingCents } = await checkOutCart(cartId, { token, address: ADDRESS })
    const totalCents = products[0].cents + products[1].cents + shippingCents
    // Once the purchase is split into seller parts: which part is whose.
    const parts: any[] = await eventually(async () => {
      const { purchases } = await call("/store/customers/me/purchases", token)
      const parts = purchases.find((p: any) => p.id === order.id)?.parts
      expect(parts).toHaveLength(2)
      return parts
    })

    await page.reload()
    const purchase = page.locator("article.purchase").first()
    await expect(purchase.locator("h3").innerText()).resolves.toBe(`订单 #${order.display_id}`)
    await expect(purchase.locator(".purchase-total").innerText()).resolves.toBe(yuan(totalCents))
    expect(await purchase.locator(".part-status").allInnerTexts()).toEqual(["尚未发货", "尚未发货"])
    expect(await purchase.locator(".seller-part").count()).toBe(2)
    // The households the purchase brought income to, as the store API counts them (counts only, under 5 hidden).
    const { reach } = await call(`/store/purchases/${order.id}/households`, token)
    const zhCount = (group: number | string) => (group === "fewer_than_5" ? "不足 5 户" : ` ${group} 户`)
    const where = `${reach.towns[0].town}${reach.towns.length > 1 ? "等" : ""}`
    await expect(purchase.locator(".household-reach p").innerText()).resolves.toBe(`这笔订单为${where}${zhCount(reach.households)}农户带来收入，其中${zhCount(reach.poor_households)}为建档立卡贫困户。`)
    await shot(page, "orders")

    // The first seller ships its part by courier.
    const shipped = parts[0]
    const seller = sellerAccount(shipped.seller.handle)
    const { token: sellerToken } = await backendFetch("/auth/seller/emailpass", { method: "POST", body: { email: seller.email, password: seller.password } })
    const tracking = `SF${Date.now()}`
    await backendFetch(`/vendors/me/orders/${shipped.order_id}/fulfillments`, {
      method: "POST",
      token: sellerToken,
      body: { method: "courier", carrier: "顺丰速运", tracking_number: tracking },
    })
    await page.reload()
    const shippedPart = purchase.locator(".seller-part", { has: page.getByRole("heading", { name: shipped.seller.name, exact: true }) })
    const waitingPart = purchase.locator(".seller-part", { has: page.getByRole("heading", { name: parts[1].seller.name, exact: true }) })
    await expect(shippedPart.locator(".part-status").innerText()).resolves.toBe(`已由顺丰速运发货，运单号 ${tracking}`)
    await expect(waitingPart.locator(".part-status").innerText()).resolves.toBe("尚未发货")
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "shipped-zh-CN")

    // The same page in English.
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en\/account$/)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await expect(page.locator("h2").first().innerText()).resolves.toBe("My orders")
    const english = page.locator("article.purchase").first()
    await expect(english.locator("h3").innerText()).resolves.toBe(`Order #${order.display_id}`)
    await expect(english.locator(".purchase-total").innerText()).resolves.toBe(`CN${yuan(totalCents)}`)
    await expect(english.locator(".seller-part", { has: page.getByRole("heading", { name: shipped.seller.name_en, exact: true }) }).locator(".part-status").innerText()).resolves.toBe(
      `Shipped by 顺丰速运, tracking ${tracking}`
    )
    await expect(english.locator(".seller-part", { has: page.getByRole("heading", { name: parts[1].seller.name_en, exact: true }) }).locator(".part-status").innerText()).resolves.toBe(
      "Not yet shipped"
    )
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "shipped-en")

    await page.getByRole("button", { name: "Log out" }).click()
    await page.waitForURL(/\/en\/account\/login$/)
    await expect(page.locator("h1").innerText()).resolves.toBe("Log in")
    await page.goto(`${storefrontUrl()}/en/account`)
    await page.waitForURL(/\/en\/account\/login\?next=%2Fen%2Faccount$/)
    await context.close()
  })
})
