import type { Page } from "playwright-core"
import { backendFetch, chromiumForSuite, fitsWidth, screenshotPath, logInAsStation, storefrontUrl } from "../support/browser"
import { addToCart, BUYER, cents, fillAddress, listing, placeOrder, sellerToken, yuan } from "../support/shop"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
// The Chen family's chestnuts (a seeded household seller), picked up at the Zanzishi village station in Shengli.
const CHESTNUT = "old-tree-chestnut-special"
const STATION = "SL-ZZS"
const PICKUP = 300n
const buyer = { ...BUYER, email: "pickup.buyer@example.cn", password: "chestnut-2026" }

const shop = (path: string) => `${storefrontUrl()}${path}`
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`stations-${step}`), fullPage: true })
async function phonePage() {
  const page = await browser().newPage(PHONE)
  page.setDefaultTimeout(60_000)
  return page
}

describe("pickup at a village station", () => {
  it("a buyer picks up at a station; the operator receives the parcel and hands it over with the code and the cash", async () => {
    const chestnut = await listing(CHESTNUT)
    const price = cents(chestnut.price_cny)
    const buyerPage = await phonePage()

    // A signed-in buyer: the pickup code comes to their account page.
    await buyerPage.goto(shop("/zh-CN/account/register"))
    await buyerPage.getByLabel("姓名").fill(buyer.name)
    await buyerPage.getByLabel("电子邮箱").fill(buyer.email)
    await buyerPage.getByLabel("密码", { exact: true }).fill(buyer.password)
    await buyerPage.getByRole("button", { name: "注册", exact: true }).click()
    await buyerPage.waitForURL(/\/zh-CN\/account$/)

    // Checkout: pickup at a station for the seller, the station chosen by town then village.
    await addToCart(buyerPage, CHESTNUT, 1)
    await buyerPage.goto(shop("/zh-CN/checkout"))
    await fillAddress(buyerPage, buyer)
    const delivery = buyerPage.locator(".delivery-group", { hasText: chestnut.seller.name })
    await delivery.getByLabel("到站自提 Pick up at a station · ¥3.00").check()
    await delivery.getByLabel("乡镇").selectOption("胜利镇")
    await delivery.getByLabel("自提服务站").selectOption({ label: "錾字石村服务站" })
    expect(await fitsWidth(buyerPage)).toBe(true)
    await shot(buyerPage, "checkout-pickup")
    await buyerPage.locator('input[name="payment"][value="pp_system_default"]').check()
    await placeOrder(buyerPage)
    await buyerPage.waitForURL(/\/orders\/[^/]+\/confirmed$/)
    await buyerPage.locator(".purchase-part").first().waitFor({ timeout: 60_000 })
    await expect(buyerPage.locator(".purchase-part").innerText()).resolves.toContain("配送：到站自提 Pick up at a station")
    await expect(buyerPage.locator("#purchase-total").innerText()).resolves.toBe(yuan(price + PICKUP))
    await shot(buyerPage, "confirmed")

    // The seller ships it to the county hub.
    const token = await sellerToken(chestnut.seller.handle)
    const { orders } = await backendFetch("/vendors/me/orders", { token })
    const order = orders.find((o: any) => o.shipping_methods.some((m: any) => m.name.startsWith("到站自提")) && !o.fulfillments?.length)
    await backendFetch(`/vendors/me/orders/${order.id}/fulfillments`, { method: "POST", token, body: { method: "station", station: "錾字石村服务站" } })

    // The operator, on a phone, logs in and receives the parcel.
    const station = await phonePage()
    await logInAsStation(station, STATION)
    const due = station.locator("section", { has: station.getByRole("heading", { name: /^在途/ }) }).locator(".parcel-card", { hasText: `订单 ${order.display_id}` })
    await expect(due.innerText()).resolves.toContain(`到站付款：应收 ¥${(Number(price + PICKUP) / 100).toFixed(2)}`)
    await expect(due.innerText()).resolves.toContain("收件人 李*")
    expect(await fitsWidth(station)).toBe(true)
    await shot(station, "due")
    await due.getByRole("button", { name: "确认到站（通知取件人）" }).click()
    await station.locator(".station-done", { hasText: "已确认到站，已通知取件人。" }).waitFor()

    // The buyer's account page shows the pickup code.
    await buyerPage.goto(shop("/zh-CN/account"))
    const message = await buyerPage.locator(".account-messages li").first().innerText()
    const code = /取件码 (\d{6})/.exec(message)?.[1]
    expect(message).toContain("錾字石村服务站")
    expect(code).toMatch(/^\d{6}$/)
    await shot(buyerPage, "account-code")

    // A wrong code is refused; the right one with the cash hands the parcel over.
    const today = station.locator("section", { has: station.getByRole("heading", { name: /^今天到站/ }) }).locator(".parcel-card", { hasText: `订单 ${order.display_id}` })
    await today.getByLabel("取件码（6 位）").fill(code === "000000" ? "000001" : "000000")
    await today.getByRole("button", { name: "交付包裹" }).click()
    await station.locator(".station-error", { hasText: "取件码不对" }).waitFor()
    await shot(station, "wrong-code")
    const again = station.locator(".parcel-card", { hasText: `订单 ${order.display_id}` })
    await again.getByLabel("取件码（6 位）").fill(code!)
    expect(await again.getByLabel("实收现金（元）").inputValue()).toBe((Number(price + PICKUP) / 100).toFixed(2))
    await again.getByRole("button", { name: "交付包裹" }).click()
    await station.locator(".station-done", { hasText: "包裹已交付。" }).waitFor()
    expect(await station.locator(".parcel-card", { hasText: `订单 ${order.display_id}` }).count()).toBe(0)
    await shot(station, "handed-over")

    // The cash book holds the cash taken; the seller's order is paid.
    await station.getByRole("link", { name: "现金账" }).click()
    await station.waitForURL(/\/zh-CN\/station\/cash/)
    await expect(station.locator(".cash-sums").innerText()).resolves.toContain(yuan(price + PICKUP))
    expect(await fitsWidth(station)).toBe(true)
    await shot(station, "cash-book")
    const { order: paid } = await backendFetch(`/vendors/me/orders/${order.id}`, { token })
    expect(cents(paid.summary.paid_total)).toBe(price + PICKUP)
  })
})
