import type { Locator, Page } from "playwright-core"
import { chromiumForSuite, fitsWidth, screenshotPath, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"
import { addToCart, available, BUYER, cents, checkoutAtStation, fillAddress, listing, listingOf, ownListing, placeOrder, yuan } from "../support/shop"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
// The Chen family's chestnuts (a household) and a listing of the Jiuzihe Poria cooperative: two sellers, two parcels.
const CHESTNUT = "old-tree-chestnut-special"
const PORIA_SELLER = "jiuzihe-poria-coop"
// Listings of the tea cooperative whose stock and price the tests below change and put back.
const TEA_SELLER = "dabie-cloud-tea-coop"
const TEA = "maojian-second"
const GREEN = "stir-fried-green-second"
const DELIVERY = 1200n

const shop = (path: string) => `${storefrontUrl()}${path}`
const texts = (locator: Locator) => locator.allInnerTexts()
/** Each row of a list as its cells' texts, e.g. [["老树鲜板栗 · 特级 · 规格 2.5kg × 1", "¥92.00"], …]. */
const rows = async (list: Locator) => Promise.all((await list.all()).map((row) => texts(row.locator(":scope > span, :scope > dt, :scope > dd"))))
const group = (page: Page, seller: string) => page.locator(".seller-group", { hasText: seller })
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`checkout-${step}`), fullPage: true })
/** A phone-sized page; each cart change is a server round trip, so waits allow a busy machine a minute. */
async function phonePage() {
  const page = await browser().newPage(PHONE)
  page.setDefaultTimeout(60_000)
  return page
}

describe("cart, checkout and confirmation", () => {
  it("buys from two sellers at the station: groups, quantities, delivery per seller, address errors, two parts", async () => {
    const chestnut = await listing(CHESTNUT)
    const poria = await listingOf(PORIA_SELLER)
    const [c, p] = [cents(chestnut.price_cny), cents(poria.price_cny)]
    const page = await phonePage()

    // The product page starts on the lightest size in stock: what the cart and the order then name.
    await addToCart(page, CHESTNUT, 1)
    await expect(page.locator(".add-to-cart .added").innerText()).resolves.toContain("已加入购物车（1 件）")
    await shot(page, "added")
    await addToCart(page, poria.handle, 2)

    // Two seller groups, each with its lines and the exact sum of its goods.
    await page.getByRole("link", { name: "购物车", exact: true }).click()
    await page.waitForURL(/\/zh-CN\/cart/)
    expect(await texts(page.locator(".seller-group h2"))).toEqual([`${chestnut.seller.name}的商品`, `${poria.seller.name}的商品`])
    const chen = group(page, chestnut.seller.name)
    const coop = group(page, poria.seller.name)
    expect(await rows(chen.locator(".group-sums div"))).toEqual([["本店商品小计", yuan(c)]])
    expect(await rows(coop.locator(".group-sums div"))).toEqual([["本店商品小计", yuan(2n * p)]])
    expect(await texts(page.locator(".cart-line-title"))).toEqual([chestnut.title, poria.title])
    expect(await texts(page.locator(".cart-line-meta .cart-line-size"))).toEqual([chestnut.size, poria.size])
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "cart-two-sellers")

    // One more with the stepper, then back to one by typing.
    await page.getByRole("button", { name: `${chestnut.title} · ${chestnut.size}：增加一件` }).click()
    await chen.locator(".cart-line-total", { hasText: yuan(2n * c) }).waitFor()
    await chen.locator('input[name="quantity"]').fill("1")
    await chen.getByRole("button", { name: "更新" }).click()
    await chen.locator(".cart-line-total", { hasText: yuan(c) }).waitFor()

    // Removing the cooperative's line removes its group; adding it again brings it back.
    await page.getByRole("button", { name: `从购物车移除 ${poria.title} · ${poria.size}` }).click()
    await coop.waitFor({ state: "detached" })
    expect(await page.locator(".seller-group").count()).toBe(1)
    await addToCart(page, poria.handle, 2)
    await page.goto(shop("/zh-CN/cart"))
    expect(await page.locator(".seller-group").count()).toBe(2)

    // A delivery per seller, each ¥12: Medusa's totals. Choosing again for the Chen family replaces its delivery
    // (one per seller), it is not charged twice.
    for (const seller of [chestnut.seller.name, chestnut.seller.name, poria.seller.name]) {
      await group(page, seller).getByRole("button", { name: "使用此配送方式" }).click()
      await group(page, seller).locator(".delivery-state", { hasText: "已选：标准快递" }).waitFor()
    }
    expect(await rows(coop.locator(".group-sums div"))).toEqual([["本店商品小计", yuan(2n * p)], ["本店配送费", yuan(DELIVERY)]])
    const total = c + 2n * p + 2n * DELIVERY
    expect(await rows(page.locator(".cart-totals dl div"))).toEqual([
      ["商品合计", yuan(c + 2n * p)],
      ["配送费合计", yuan(2n * DELIVERY)],
      ["应付总额", yuan(total)],
    ])
    await shot(page, "cart-deliveries")

    // A phone that is no mainland mobile: an error at the phone field, nothing typed lost.
    await page.getByRole("link", { name: "去结算" }).click()
    await page.waitForURL(/\/zh-CN\/checkout$/)
    await expect(page.locator("#checkout-total").innerText()).resolves.toBe(yuan(total))
    await fillAddress(page, { ...BUYER, phone: "12800138000" })
    await placeOrder(page)
    const phoneError = page.locator("#checkout-phone-error")
    await expect(phoneError.innerText()).resolves.toMatch(/^手机号码格式不对：请填写 11 位中国大陆手机号/)
    expect(await page.locator("#checkout-phone").getAttribute("aria-invalid")).toBe("true")
    expect([await page.inputValue("#checkout-name"), await page.inputValue("#checkout-province"), await page.inputValue("#checkout-detail")]).toEqual([
      BUYER.name,
      BUYER.province,
      BUYER.detail,
    ])
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "phone-error")

    await page.locator("#checkout-phone").fill(BUYER.phone)
    await page.locator('input[name="payment"][value="pp_system_default"]').check()
    await placeOrder(page)
    await page.waitForURL(/\/zh-CN\/orders\/[^/]+\/confirmed$/)

    // The confirmation lists each seller's part once the purchase is split (the page refreshes until then).
    await page.locator(".purchase-part").nth(1).waitFor({ timeout: 60_000 })
    await expect(page.locator("h1").innerText()).resolves.toBe("订单已提交，谢谢！")
    await expect(page.locator("#purchase-total").innerText()).resolves.toBe(yuan(total))
    await expect(page.locator(".delivery-address").innerText()).resolves.toContain("湖北省 黄冈市 罗田县")
    const part = (seller: string) => rows(page.locator(".purchase-part", { hasText: seller }).locator("ul > li"))
    expect(await part(chestnut.seller.name)).toEqual([
      [`${chestnut.title} · 规格 ${chestnut.size} × 1`, yuan(c)],
      ["配送：标准快递 Standard delivery", yuan(DELIVERY)],
      ["本单合计", yuan(c + DELIVERY)],
    ])
    expect(await part(poria.seller.name)).toEqual([
      [`${poria.title} · 规格 ${poria.size} × 2`, yuan(2n * p)],
      ["配送：标准快递 Standard delivery", yuan(DELIVERY)],
      ["本单合计", yuan(2n * p + DELIVERY)],
    ])
    // The households it brought income to: the family farm's 2 in 胜利镇 and the cooperative's 8 in 九资河镇, 4 of them
    // registered-poor. Counts only: groups under 5 hidden, and 九资河镇's 8 too, or 10 − 8 would give 胜利镇's away.
    await expect(page.locator(".household-reach p").innerText()).resolves.toBe("这笔订单为九资河镇等 10 户农户带来收入，其中不足 5 户为建档立卡贫困户。")
    expect(await texts(page.locator(".household-reach li"))).toEqual(["九资河镇不足 5 户", "胜利镇不足 5 户"])
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "confirmed")
    await page.getByRole("link", { name: chestnut.seller.name }).click()
    await page.waitForURL(/\/zh-CN\/sellers\/chen-family-chestnut$/)

    // The placed cart is gone from this browser.
    await page.goto(shop("/zh-CN/cart"))
    await expect(page.locator(".cart-page").innerText()).resolves.toContain("购物车是空的。")
    await page.close()
  })

  it("says how many are left when a buyer wants more than the stock, and keeps the cart when stock runs out at checkout", async () => {
    const tea = await ownListing(TEA_SELLER, TEA)
    const { title, size } = await listing(TEA)
    const held = tea.stocked - (await available(TEA))
    const page = await phonePage()
    try {
      await tea.setStock(held + 2)
      await eventually(async () => expect(await available(TEA)).toBe(2))
      await page.goto(shop(`/zh-CN/products/${TEA}`))
      await page.locator("#add-quantity").fill("3")
      await page.getByRole("button", { name: "加入购物车" }).click()
      await expect(page.locator(".add-to-cart .field-error").innerText()).resolves.toBe(`数量：“${title} · ${size}”库存不足，目前最多还能买 2 件。`)
      expect(await page.inputValue("#add-quantity")).toBe("3")
      await shot(page, "not-enough-stock")

      await addToCart(page, TEA, 2)
      await tea.setStock(held + 1)
      await page.goto(shop("/zh-CN/checkout"))
      await fillAddress(page, BUYER)
      await placeOrder(page)
      await expect(page.locator(".checkout-alert").innerText()).resolves.toContain(`库存不足：“${title} · ${size}”只剩 1 件`)
      expect(await page.inputValue("#checkout-detail")).toBe(BUYER.detail)
      await shot(page, "stock-ran-out")

      await page.goto(shop("/zh-CN/cart"))
      await expect(page.locator(".cart-line").innerText()).resolves.toContain(title)
      expect(await page.inputValue('.cart-line input[name="quantity"]')).toBe("2")
    } finally {
      await tea.setStock(tea.stocked)
      await page.close()
    }
  })

  it("asks the buyer to confirm again when a seller changed a price before the order was placed", async () => {
    const green = await ownListing(TEA_SELLER, GREEN)
    const { title, size } = await listing(GREEN)
    const raised = cents(green.price) + 100n
    const page = await phonePage()
    try {
      await addToCart(page, GREEN, 1)
      await page.goto(shop("/zh-CN/checkout"))
      await fillAddress(page, BUYER)
      await green.setPrice(Number(raised) / 100)
      await placeOrder(page)
      await expect(page.locator(".checkout-alert").innerText()).resolves.toBe(
        `价格有变化：卖家调整了商品价格，订单总额现在是 ${yuan(raised + DELIVERY)}。请核对后再次点击“提交订单”。`
      )
      await expect(page.locator("#checkout-total").innerText()).resolves.toBe(yuan(raised + DELIVERY))
      await shot(page, "price-changed")

      await placeOrder(page)
      await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
      await expect(page.locator("#purchase-total").innerText()).resolves.toBe(yuan(raised + DELIVERY))
      await page.locator(".purchase-part", { hasText: `${title} · 规格 ${size} × 1` }).waitFor({ timeout: 60_000 })
    } finally {
      await green.setPrice(green.price)
      await page.close()
    }
  })

  it("switches cart, checkout and confirmation to English", async () => {
    const poria = await listingOf(PORIA_SELLER)
    const p = cents(poria.price_cny)
    const page = await phonePage()
    await addToCart(page, poria.handle, 1)

    await page.goto(shop("/zh-CN/cart"))
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en\/cart$/)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await expect(page.locator("h1").innerText()).resolves.toBe("Your cart")
    expect(await texts(page.locator(".seller-group h2"))).toEqual([`From ${poria.seller.name_en}`])
    await expect(page.locator(".cart-line-title").innerText()).resolves.toBe(poria.title_en)
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "cart-en")

    await page.goto(shop("/zh-CN/checkout"))
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en\/checkout$/)
    await expect(page.locator("h1").innerText()).resolves.toBe("Checkout")
    await expect(page.locator('label[for="checkout-name"]').innerText()).resolves.toBe("Recipient's name")
    await fillAddress(page, { ...BUYER, phone: "1380013800" })
    await placeOrder(page)
    await expect(page.locator("#checkout-phone-error").innerText()).resolves.toMatch(/^Mobile phone: please enter an 11-digit mainland mobile number/)
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "checkout-en")

    const id = await checkoutAtStation(page, BUYER, "en")
    await page.locator(".purchase-part").first().waitFor({ timeout: 60_000 })
    await expect(page.locator("h1").innerText()).resolves.toBe("Thank you — your order is placed")
    await expect(page.locator("#purchase-total").innerText()).resolves.toBe(yuan(p + DELIVERY, "CN¥"))
    expect(await rows(page.locator(".purchase-part ul > li"))).toEqual([
      [`${poria.title_en} · size ${poria.size} × 1`, yuan(p, "CN¥")],
      ["Delivery: 标准快递 Standard delivery", yuan(DELIVERY, "CN¥")],
      ["Part total", yuan(p + DELIVERY, "CN¥")],
    ])
    await expect(page.locator(".household-reach").innerText()).resolves.toBe("This purchase brought income to 8 households in Jiuzihe Town, fewer than 5 of them registered-poor.")
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "confirmed-en")
    await page.getByRole("link", { name: "中文" }).click()
    await page.waitForURL(new RegExp(`/zh-CN/orders/${id}/confirmed$`))
    await expect(page.locator("h1").innerText()).resolves.toBe("订单已提交，谢谢！")
    await page.close()
  })
})
