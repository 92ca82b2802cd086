import fs from "node:fs"
import type { BrowserContext, Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"
import { checkout, PURCHASE_CART_HEADER } from "../support/checkout"
import { eventually } from "../support/eventually"
import { unlistedName } from "../support/portal"

// The seller portal on a phone, in Chinese, as one working session of the Chen family's household: a buyer's
// purchase of a Chen product and a Jiuzihe cooperative product is placed over HTTP; the Chens log in (a wrong
// password first), see their share of it to fulfil and not the cooperative's, ship it by courier, list a new
// product while the price band is checked live, download the month's statement, and read the portal in English.
jest.setTimeout(420_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const CHEN = "chen-family-chestnut"
const OTHER = "jiuzihe-poria-coop"
const suffix = Date.now().toString(36)

type Order = { id: string; display_id: number; items: { title: string; variant_title: string }[] }
type Placed = { order: { id: string }; cartId: string }
let storeHeaders: Record<string, string>
let purchaseId: string
let chenOrder: Order
let otherOrder: Order
let context: BrowserContext
let page: Page

const loginAs = async (handle: string) => {
  const { email, password } = sellerAccount(handle)
  return (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
}

/** Units of a size (a listing's variant) stocked at the seller's location, as the seller's list reads them. */
const unitsOf = (variant: any): number => variant.inventory_items[0].inventory.location_levels.reduce((n: number, l: any) => n + l.stocked_quantity, 0)

/** The seller's approved listing with the most stock, as a cart item. */
async function stockedItem(token: string) {
  const { products } = await backendFetch("/vendors/me/products", { token })
  const stock = (p: any) => unitsOf(p.variants[0])
  const [best] = products.filter((p: any) => p.status === "published" && p.listing?.status === "approved").sort((a: any, b: any) => stock(b) - stock(a))
  return { variant_id: best.variants[0].id as string, quantity: 1 }
}

/** The seller's own order split from the purchase: the purchase's parts, read as its buyer, name it (sellers never see the purchase). */
const orderOf = (token: string, placed: Placed) =>
  eventually(async () => {
    const headers = { ...storeHeaders, [PURCHASE_CART_HEADER]: placed.cartId }
    const { purchase } = await backendFetch(`/store/purchases/${placed.order.id}`, { headers })
    const { orders } = await backendFetch<{ orders: Order[] }>("/vendors/me/orders", { token })
    const order = orders.find((o) => purchase.parts.some((part: { order_id: string }) => part.order_id === o.id))
    if (!order) throw new Error(`no order of purchase ${placed.order.id} yet`)
    return order
  })

// The checkout helper's client shape, over plain HTTP.
const api = {
  get: async (path: string, store: { headers: Record<string, string> }) => ({ data: await backendFetch(path, { headers: store.headers }) }),
  post: async (path: string, body: unknown, store: { headers: Record<string, string> }) => ({
    data: await backendFetch(path, { method: "POST", body, headers: store.headers }),
  }),
}

const mainText = async (page: Page) => (await page.locator("main").innerText()).replace(/\s+/g, " ")
const shot = (name: string) => page.screenshot({ path: screenshotPath(`portal-${name}`), fullPage: true })
/** The Beijing month now, as statements count it. */
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`
/** A resident ID number from Luotian (421123) whose check character is right (GB 11643-1999). */
function idNumber(serial: number) {
  const base = `42112319800101${String(serial % 1000).padStart(3, "0")}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return base + "10X98765432"[sum % 11]
}

beforeAll(async () => {
  const { api_keys } = await backendFetch("/admin/api-keys?type=publishable", { token: await associationToken() })
  storeHeaders = { "x-publishable-api-key": api_keys[0].token }
  const [chenToken, otherToken] = [await loginAs(CHEN), await loginAs(OTHER)]
  const items = [await stockedItem(chenToken), await stockedItem(otherToken)]
  const purchase = await checkout(api, { headers: storeHeaders }, items)
  expect(purchase.type).toBe("order")
  purchaseId = purchase.order.id
  ;[chenOrder, otherOrder] = [await orderOf(chenToken, purchase), await orderOf(otherToken, purchase)]
  context = await browser().newContext(PHONE)
  // A dev server compiles each portal page on its first visit, on a machine other suites share.
  context.setDefaultTimeout(120_000)
  page = await context.newPage()
})

afterAll(async () => {
  await context?.close()
})

describe("the seller portal", () => {
  it("sends a visitor to log in, refuses a wrong password in words and keeps the e-mail typed", async () => {
    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders`)
    await page.waitForURL(/\/zh-CN\/portal\/login\?next=%2Fzh-CN%2Fportal%2Forders$/)
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN")
    const { email, password } = sellerAccount(CHEN)
    await page.getByLabel("电子邮箱").fill(email)
    await page.getByLabel("密码").fill(`${password}-wrong`)
    await page.getByRole("button", { name: "登录" }).click()
    await page.getByRole("alert").getByText("电子邮箱或密码不正确，请检查后重新输入。").waitFor()
    expect(await page.getByLabel("电子邮箱").inputValue()).toBe(email)
    expect(await fitsWidth(page)).toBe(true)
    await shot("login-wrong-password")

    await page.getByLabel("密码").fill(password)
    await page.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(/\/zh-CN\/portal\/orders$/)
    await page.getByRole("heading", { level: 1, name: "订单" }).waitFor()
    await shot("logged-in")
  })

  it("shows the order to fulfil and every size running low on the dashboard", async () => {
    const token = await loginAs(CHEN)
    const { products } = await backendFetch("/vendors/me/products", { token })
    // One size of a listing on sale runs low for the test (its stock put back after).
    const chosen = products.find((p: any) => p.listing?.status === "approved" && unitsOf(p.variants[0]) > 5)
    const [variant, stocked] = [chosen.variants[0], unitsOf(chosen.variants[0])]
    const setStock = (stock: number) => backendFetch(`/vendors/me/products/${chosen.id}/stock`, { method: "POST", token, body: { variant_id: variant.id, stock } })
    await setStock(4)
    try {
      await page.getByRole("navigation", { name: "卖家中心导航" }).getByRole("link", { name: "概览" }).click()
      await page.getByRole("heading", { level: 1, name: "概览" }).waitFor()
      const toFulfil = page.getByRole("region", { name: /^待发货订单（\d+）$/ })
      await toFulfil.getByRole("link", { name: `订单 #${chenOrder.display_id}`, exact: true }).waitFor()
      expect(await page.getByRole("region", { name: /^本月销售/ }).innerText()).toContain("销售额")
      // The warnings are those the whole list shows: each size of 5 or fewer of a listing not rejected.
      const running = products
        .filter((p: any) => p.listing?.status !== "rejected")
        .flatMap((p: any) => p.variants.filter((v: any) => (v.id === variant.id ? 4 : unitsOf(v)) <= 5).map(() => p.title))
      const lines = page.getByRole("region", { name: "库存不足（不多于 5 件）" }).getByRole("listitem")
      expect((await lines.getByRole("link").allInnerTexts()).sort()).toEqual(running.sort())
      expect(await lines.filter({ hasText: chosen.title }).filter({ hasText: "4 件" }).count()).toBeGreaterThanOrEqual(1)
      expect(await fitsWidth(page)).toBe(true)
      await shot("dashboard")
    } finally {
      await setStock(stocked)
    }
  })

  it("lists the seller's own share of the purchase and never the other seller's", async () => {
    await page.getByRole("navigation", { name: "卖家中心导航" }).getByRole("link", { name: "订单" }).click()
    const card = page.getByRole("article", { name: `订单 #${chenOrder.display_id}`, exact: true })
    await card.waitFor()
    // A line names the pack size bought: "老树鲜板栗 · 特级 · 2.5kg × 1".
    const [item] = chenOrder.items
    expect(await card.innerText()).toContain(`${item.title} · ${item.variant_title} × 1`)
    expect(await card.getByText("待发货").isVisible()).toBe(true)
    expect(await page.getByRole("article", { name: `订单 #${otherOrder.display_id}`, exact: true }).count()).toBe(0)
    expect(await mainText(page)).not.toContain(otherOrder.items[0].title)
    expect(await fitsWidth(page)).toBe(true)
    await shot("orders")

    // Another seller's order, opened by its id, does not exist for this seller.
    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders/${otherOrder.id}`)
    await page.getByRole("heading", { level: 1, name: /找不到这个页面或记录/ }).waitFor()
    expect(await mainText(page)).not.toContain(otherOrder.items[0].title)
    await shot("other-sellers-order")
  })

  it("ships the order by courier, after a tracking number it refuses in words", async () => {
    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders/${chenOrder.id}`)
    await page.getByRole("heading", { level: 1, name: `订单 #${chenOrder.display_id}` }).waitFor()
    const address = await page.getByRole("region", { name: "收货地址" }).innerText()
    expect(address).toContain("李明")
    expect(address).toContain("中关村大街 27 号")
    expect(address).toContain("13800138000")
    const courier = page.getByRole("form", { name: "快递发货" })
    await courier.getByLabel("快递公司").fill("顺丰速运")
    await courier.getByLabel("运单号").fill("SF#1")
    await courier.getByRole("button", { name: "确认发货" }).click()
    await courier.getByRole("alert").getByText("运单号须为 6–40 位字母、数字或短横线。").waitFor()
    expect(await courier.getByLabel("快递公司").inputValue()).toBe("顺丰速运")
    expect(await courier.getByLabel("运单号").getAttribute("aria-invalid")).toBe("true")
    await shot("fulfil-refused")

    const tracking = `SF${Date.now()}`
    await courier.getByLabel("运单号").fill(tracking)
    await courier.getByRole("button", { name: "确认发货" }).click()
    await page.getByRole("status").getByText("已发货。").waitFor()
    expect(await mainText(page)).toContain(`顺丰速运，运单号 ${tracking}`)
    expect(await page.getByRole("form", { name: "快递发货" }).count()).toBe(0)
    expect(await fitsWidth(page)).toBe(true)
    await shot("fulfilled")
    const { order } = await backendFetch(`/vendors/me/orders/${chenOrder.id}`, { token: await loginAs(CHEN) })
    expect(order.fulfillments[0].labels[0].tracking_number).toBe(tracking)
  })

  it("lists a new product, warning live while the price is outside the grade's band, and sees it pending review", async () => {
    const { grade_standards } = await backendFetch("/store/grade-standards?category=chestnut", { headers: storeHeaders })
    const special = grade_standards[0].grades.find((g: any) => g.code === "special")
    // Any weight the seller may choose; ¥150 a kg is above the band, ¥50 inside.
    const grams = 1001 + (Date.now() % 8999)
    const [above, inside] = [yuan(grams * 15), yuan(grams * 5)]
    await page.goto(`${storefrontUrl()}/zh-CN/portal/listings`)
    await page.getByRole("link", { name: "发布新商品" }).click()
    await page.getByLabel("选择商品分类").selectOption("chestnut")
    await page.getByRole("button", { name: "下一步" }).click()
    const name = await unlistedName(page, await loginAs(CHEN), "特级")
    await page.getByLabel("统一商品名称").selectOption({ label: name })
    await page.getByLabel("等级").selectOption({ label: "特级" })
    // Each pack size is a group of its own fields.
    const size = page.getByRole("group", { name: "规格 1" })
    await size.getByLabel("净含量（克）").fill(String(grams))
    const band = page.locator("#size-0-price_cny-band")
    expect(await band.innerText()).toContain(`协会指导价：¥${special.price_min}–¥${special.price_max} / 千克`)
    await size.getByLabel("价格（元）").pressSequentially(above)
    await band.getByText("折合 ¥150.00 / 千克，高于协会指导价，协会不会通过。").waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await shot("listing-price-outside-band")

    await size.getByLabel("价格（元）").fill(inside)
    await band.getByText("折合 ¥50.00 / 千克，在指导价范围内。").waitFor()
    await size.getByLabel("库存（件）").fill("3")
    await page.getByLabel("商品介绍（中文）").fill(`自家老树板栗，手工挑拣。${suffix}`)
    await shot("listing-form")
    await page.getByRole("button", { name: "提交审核" }).click()
    await page.waitForURL(/\/zh-CN\/portal\/listings\?created=/)
    await page.getByRole("status").getByText("已提交，等待协会审核。", { exact: false }).waitFor()
    // The name leaves the weight to the size.
    const listing = page.getByRole("article", { name: `${name} · 特级`, exact: true })
    expect(await listing.getByText("待审核").isVisible()).toBe(true)
    expect((await listing.innerText()).replace(/\s+/g, " ")).toContain(`${grams / 1000} kg · ¥${inside} · 库存 3 件`)
    await shot("listing-pending")
  })

  it("downloads this month's statement as CSV with the sale in it", async () => {
    await page.getByRole("navigation", { name: "卖家中心导航" }).getByRole("link", { name: "对账单" }).click()
    const month = thisMonth()
    const [year, mon] = month.split("-")
    const card = page.getByRole("article", { name: `${year}年${Number(mon)}月 · CNY` })
    await card.waitFor()
    await shot("statements")
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "下载 CSV" }).click()])
    expect(download.suggestedFilename()).toBe(`statement-${month}-cny.csv`)
    const csv = fs.readFileSync((await download.path())!, "utf8")
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toContain("订单号 Order no.")
    expect(csv).toMatch(new RegExp(`^${chenOrder.display_id},${chenOrder.id},`, "m"))
    expect(csv).not.toContain(otherOrder.id)
    expect(csv).not.toContain(purchaseId)

    await card.getByRole("link", { name: `${year}年${Number(mon)}月 · CNY` }).click()
    await page.getByRole("row", { name: new RegExp(`^#${chenOrder.display_id} `) }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await shot("statement-month")
  })

  it("edits a listing and its stock, takes a station payment and cancels an order", async () => {
    const token = await loginAs(CHEN)
    const own = async (id: string) => (await backendFetch(`/vendors/me/products/${id}`, { token })).product
    const { products } = await backendFetch("/vendors/me/products", { token })
    const listing = products.find((p: any) => p.status === "published" && p.listing?.status === "approved")
    const stocked = (p: any) => p.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity as number
    const before = stocked(listing)

    await page.goto(`${storefrontUrl()}/zh-CN/portal/listings/${listing.id}`)
    await page.getByRole("heading", { level: 1, name: "编辑商品" }).waitFor()
    const english = `Hand-picked on the old trees of Shengli, ${suffix}.`
    await page.getByLabel("商品介绍（英文，可选）").fill(english)
    await page.getByRole("button", { name: "保存修改" }).click()
    await page.getByRole("status").getByText("已保存。", { exact: true }).waitFor()
    expect((await own(listing.id)).metadata.description_en).toBe(english)
    // One stock form per pack size: the one holding the size's variant id.
    const stockForm = page.getByRole("region", { name: "库存" }).locator("form", { has: page.locator(`input[name="variant_id"][value="${listing.variants[0].id}"]`) })
    await stockForm.getByLabel("库存（件）").fill(String(before + 1))
    await stockForm.getByRole("button", { name: "更新库存" }).click()
    await stockForm.getByRole("status").getByText("库存已更新。").waitFor()
    expect(stocked(await own(listing.id))).toBe(before + 1)
    await shot("listing-edited")

    // Two more purchases of a Chen product: one is paid in cash at the station, the other is canceled.
    const item = await stockedItem(token)
    const [paid, canceled] = [
      await orderOf(token, await checkout(api, { headers: storeHeaders }, [item])),
      await orderOf(token, await checkout(api, { headers: storeHeaders }, [item])),
    ]
    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders/${paid.id}`)
    await page.getByRole("region", { name: "标记为已付款" }).getByRole("button", { name: "标记为已付款" }).click()
    await page.getByRole("status").getByText("已标记为已付款。").waitFor()
    expect(await page.getByRole("region", { name: "标记为已付款" }).count()).toBe(0)
    expect(Number((await backendFetch(`/vendors/me/orders/${paid.id}`, { token })).order.summary.paid_total)).toBeGreaterThan(0)

    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders/${canceled.id}`)
    await page.getByRole("link", { name: "取消订单" }).click()
    const confirm = page.getByRole("alertdialog", { name: "取消订单" })
    await confirm.getByRole("button", { name: "确认取消" }).click()
    await page.getByRole("status").getByText("订单已取消。").waitFor()
    expect((await backendFetch(`/vendors/me/orders/${canceled.id}`, { token })).order.status).toBe("canceled")
    await shot("order-canceled")
  })

  it("switches the portal to English", async () => {
    await page.goto(`${storefrontUrl()}/zh-CN/portal/orders/${chenOrder.id}`)
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(new RegExp(`/en/portal/orders/${chenOrder.id}$`))
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await page.getByRole("heading", { level: 1, name: `Order #${chenOrder.display_id}` }).waitFor()
    expect(await mainText(page)).toContain("Shipped")
    const nav = page.getByRole("navigation", { name: "Seller portal" })
    expect(await nav.getByRole("link").allInnerTexts()).toEqual(["Overview", "Listings", "Lots", "Orders", "Members", "Household incomes", "Statements", "Payouts"])
    expect(await nav.getByRole("button", { name: "Log out" }).isVisible()).toBe(true)
    expect(await fitsWidth(page)).toBe(true)
    await shot("order-en")
    await nav.getByRole("link", { name: "Overview" }).click()
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor()
    expect(await mainText(page)).toContain("This month's sales")
    await shot("dashboard-en")
  })

  it("sends an expired login back to the login page with a message", async () => {
    await context.addCookies([{ name: "luotian_seller", value: "expired.token.value", url: storefrontUrl() }])
    await page.goto(`${storefrontUrl()}/zh-CN/portal/members`)
    await page.waitForURL(/\/zh-CN\/portal\/login\?next=%2Fzh-CN%2Fportal%2Fmembers&reason=expired$/)
    await page.getByText("登录已过期，请重新登录。").waitFor()
    await shot("login-expired")
  })

  // A household of its own, so that the seeded sellers' public profiles keep their member counts.
  const email = `portal-${suffix}@sellers.test`
  let newSellerId: string

  it("tells a seller still waiting for approval what it may do", async () => {
    const registration = await backendFetch("/auth/seller/emailpass/register", { method: "POST", body: { email, password: "pass-1234" } })
    const seller = { handle: `portal-${suffix}`, name: `门户测试农户${suffix}`, name_en: `Portal household ${suffix}`, type: "household", town: "胜利镇", town_en: "Shengli" }
    newSellerId = (await backendFetch("/vendors", { method: "POST", body: { seller, user: { email } }, token: registration.token })).seller.id
    await page.goto(`${storefrontUrl()}/zh-CN/portal/login`)
    await page.getByLabel("电子邮箱").fill(email)
    await page.getByLabel("密码").fill("pass-1234")
    await page.getByRole("button", { name: "登录" }).click()
    const status = page.getByRole("region", { name: "您的卖家资格正在等待协会审核" })
    await status.waitFor()
    expect(await status.innerText()).toContain("还不能发布商品")
    await shot("login-pending-seller")
    await page.getByRole("link", { name: "仍然进入卖家中心" }).click()
    await page.getByRole("heading", { level: 1, name: "概览" }).waitFor()
    expect(await page.getByRole("region", { name: "您的卖家资格正在等待协会审核" }).isVisible()).toBe(true)
  })

  it("registers a member household once approved, refusing a wrong ID number in words", async () => {
    await backendFetch(`/admin/sellers/${newSellerId}/status`, { method: "POST", body: { status: "active" }, token: await associationToken() })
    await page.goto(`${storefrontUrl()}/zh-CN/portal/members`)
    await page.getByText("还没有登记社员。").waitFor()
    expect(await page.getByRole("region", { name: "您的卖家资格正在等待协会审核" }).count()).toBe(0)
    const form = page.getByRole("form", { name: "登记社员" })
    const id = idNumber(Date.now())
    await form.getByLabel("姓名").fill("王桂兰")
    await form.getByLabel("村").fill("屯兵堰村")
    await form.getByLabel("身份证号").fill(`${id.slice(0, 17)}${id[17] === "0" ? "1" : "0"}`)
    await form.getByLabel("建档立卡贫困户").check()
    await form.getByLabel("入社日期").fill("2024-03-01")
    await form.getByRole("button", { name: "登记" }).click()
    await form.getByRole("alert").getByText("身份证号须为 18 位，且校验位正确。").waitFor()
    expect(await form.getByLabel("姓名").inputValue()).toBe("王桂兰")
    expect(await form.getByLabel("建档立卡贫困户").isChecked()).toBe(true)
    await shot("member-refused")

    await form.getByLabel("身份证号").fill(id)
    await form.getByRole("button", { name: "登记" }).click()
    await form.getByText("社员已登记。").waitFor()
    const member = page.getByRole("article", { name: "王桂兰" })
    const facts = (await member.innerText()).replace(/\s+/g, " ")
    expect(facts).toContain(`身份证号 ************${id.slice(-4)}`)
    expect(facts).toContain("建档立卡贫困户 是")
    expect(facts).not.toContain(id.slice(0, 6))
    expect(await fitsWidth(page)).toBe(true)
    await shot("members")
  })
})
