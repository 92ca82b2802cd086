import { associationToken, backendFetch, backendUrl, chromiumForSuite, fitsWidth, partnerAccount, screenshotPath, storefrontUrl } from "../support/browser"
import { decodeQrFromPdf } from "../support/pdf-qr"
import { addToCart, BUYER, checkoutAtStation } from "../support/shop"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
// WeChat's in-app browser on Android (its X5/XWEB engine announces itself as Chrome WebView with MicroMessenger).
const WECHAT =
  "Mozilla/5.0 (Linux; Android 13; V2203A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 " +
  "Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5061 MMWEBSDK/20230504 MicroMessenger/8.0.37.2380(0x2800253D) " +
  "WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64"
// First-grade cloud tea (one size, 250 g): on Tiantangzhai's shelf (seed-data/partners.ts).
const TEA = "cloud-tea-first"

/** The address the QR code printed on the point's table card leads to, decoded from the rendered PDF page. */
async function tableCardUrl(pointId: string, token: string) {
  const response = await fetch(`${backendUrl()}/admin/partners/${pointId}/poster?format=card`, { headers: { authorization: `Bearer ${token}` } })
  expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/pdf"])
  return decodeQrFromPdf(Buffer.from(await response.arrayBuffer()))
}

describe("a tourist at Tiantangzhai", () => {
  it("scans the table card in WeChat at 360 px, buys what they tasted, the purchase counts for the spot, and its owner sees it", async () => {
    const token = await associationToken()
    const figures = async () => (await backendFetch("/admin/partners", { token })).partners.find((p: any) => p.code === "tiantangzhai")
    const before = await figures()
    const url = await tableCardUrl(before.id, token)
    expect(url).toBe(`${storefrontUrl()}/p/tiantangzhai`)

    const context = await browser().newContext({ viewport: { width: 360, height: 780 }, userAgent: WECHAT, locale: "zh-CN" })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(url)
    await page.waitForURL(/\/zh-CN\/p\/tiantangzhai$/)
    await expect(page.locator("h1").innerText()).resolves.toContain("天堂寨")
    expect(await page.locator(".product-grid a[href*='cloud-tea-first']").count()).toBeGreaterThan(0)
    expect(await fitsWidth(page)).toBe(true)
    const [cookie] = (await context.cookies()).filter((c) => c.name === "luotian_partner")
    // "<code>:<scan id>", the colon URL-encoded in the header as Next writes it (and decodes it when it reads it).
    expect(decodeURIComponent(cookie.value)).toMatch(/^tiantangzhai:pscan_[0-9A-Z]+$/)
    expect(cookie.httpOnly).toBe(true)
    // 30 days, give or take the seconds the request took.
    expect(Math.abs(cookie.expires - (Date.now() / 1000 + 30 * 24 * 3600))).toBeLessThan(120)
    await page.screenshot({ path: screenshotPath("tourism-partner-page-wechat-360"), fullPage: true })

    await addToCart(page, TEA, 1)
    const purchaseId = await checkoutAtStation(page)
    await expect(page.locator(".partner-thanks").innerText()).resolves.toContain("你在天堂寨品尝过的")
    await page.screenshot({ path: screenshotPath("tourism-confirmation-wechat-360"), fullPage: true })

    const { order } = await backendFetch(`/admin/orders/${purchaseId}?fields=id,partner_point.code`, { token })
    expect(order.partner_point.code).toBe("tiantangzhai")
    const after = await figures()
    expect([after.scans - before.scans, after.purchases - before.purchases, after.seller_orders - before.seller_orders]).toEqual([1, 1, 1])
    await context.close()

    // The spot's owner logs in on the phone and finds the order, with no word of who bought it.
    const { display_id } = (await backendFetch(`/admin/orders/${purchaseId}?fields=display_id`, { token })).order
    const owner = await browser().newContext({ viewport: { width: 360, height: 780 }, userAgent: WECHAT, locale: "zh-CN" })
    const phone = await owner.newPage()
    phone.setDefaultTimeout(60_000)
    await phone.goto(`${storefrontUrl()}/zh-CN/partner`)
    await phone.waitForURL(/\/zh-CN\/partner\/login/)
    const { email, password } = partnerAccount("tiantangzhai")
    await phone.getByLabel("邮箱").fill(email)
    await phone.getByLabel("密码").fill(password)
    await phone.getByRole("button", { name: "登录" }).click()
    await phone.waitForURL(/\/zh-CN\/partner$/)
    await expect(phone.locator("h1").innerText()).resolves.toBe("天堂寨")
    const orders = await phone.locator(".owner-orders").innerText()
    expect(orders).toContain(`#${display_id}`)
    const text = await phone.locator("main").innerText()
    for (const personal of [BUYER.name, BUYER.phone, BUYER.email, BUYER.detail]) expect(text).not.toContain(personal)
    expect(await fitsWidth(phone)).toBe(true)
    await phone.screenshot({ path: screenshotPath("tourism-owner-wechat-360"), fullPage: true })
    await owner.close()
  })
})
