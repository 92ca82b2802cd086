import type { Page } from "playwright-core"
import { eventually } from "../support/eventually"
import { stationPurchase } from "../support/shop"
import { decodeQrFromPdf } from "../support/pdf-qr"
import { associationToken, backendFetch, backendUrl, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"

// A recall on a 360 px phone: a buyer's parcel came from a lot of the seeded chestnut cooperative, labelled with the
// lot's printed QR code; the association withdraws the lot; scanning the label opens the lot's trace page, which says
// so in red with what to do, and the buyer's order on their account page carries the recall notice.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 } }
const SELLER = "shengli-chestnut-coop"
const CODE = `RB-${Date.now().toString(36).toUpperCase()}`
const BUYER = { email: `recall-${Date.now()}@example.cn`, password: "buyer-pass-1" }
const REASON = "抽检发现霉变 Mould found in a spot check"

let storeKey: string
const call = (path: string, token?: string, body?: unknown) =>
  backendFetch(path, { method: body ? "POST" : "GET", body, token, headers: { "x-publishable-api-key": storeKey } })

let link: string
let scanned: string
let displayId: number


beforeAll(async () => {
  const admin = await associationToken()
  storeKey = (await backendFetch("/admin/api-keys?type=publishable", { token: admin })).api_keys[0].token
  const { email, password } = sellerAccount(SELLER)
  const seller = (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
  const { products } = await backendFetch("/vendors/me/products", { token: seller })
  const product = products.find((p: any) => p.categories?.[0]?.handle === "chestnut" && p.variants.some((v: any) => v.ean))
  const variant = product.variants.find((v: any) => v.ean)
  link = `/01/0${variant.ean}/10/${CODE}`

  // One pack received from a lot that expires before any other, so that the buyer's pack is allocated to it.
  const body = { product_id: product.id, code: CODE, kind: "harvest", produced_on: "2025-09-20", best_before: "2025-09-21", origin: { town: "胜利镇" }, quantity: 10, unit: "kg" }
  const { lot } = await backendFetch("/vendors/me/lots", { method: "POST", body, token: seller })
  const inspection = { seller_id: (await backendFetch("/vendors/me", { token: seller })).seller.id, category: "chestnut", lot: CODE, measurements: { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 } }
  const recorded = await backendFetch("/admin/inspections", { method: "POST", body: inspection, token: admin })
  await backendFetch(`/vendors/me/lots/${lot.id}/inspection`, { method: "POST", body: { inspection_id: recorded.inspection.id }, token: seller })
  await backendFetch(`/vendors/me/lots/${lot.id}/receipts`, { method: "POST", body: { variant_id: variant.id, packs: 1 }, token: seller })
  // The cooperative issues the lot's certificate and prints its labels: the QR code the buyer will scan.
  const certificate = { contact: "0713-5012345", commitments: ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"], basis: ["self_test"] }
  await backendFetch(`/vendors/me/lots/${lot.id}/certificates`, { method: "POST", body: certificate, token: seller })
  const labels = await fetch(`${backendUrl()}/vendors/me/lots/${lot.id}/labels.pdf?variant_id=${variant.id}`, { headers: { authorization: `Bearer ${seller}` } })
  expect(labels.status).toBe(200)
  scanned = new URL(await decodeQrFromPdf(Buffer.from(await labels.arrayBuffer()))).pathname
  expect(scanned).toBe(link)

  const registered = await call("/auth/customer/emailpass/register", undefined, BUYER)
  await call("/store/customers", registered.token, { email: BUYER.email, first_name: "明", last_name: "李" })
  const buyer = (await call("/auth/customer/emailpass", undefined, BUYER)).token
  const purchase = await stationPurchase(variant.id, { token: buyer })
  displayId = purchase.display_id
  const order = await eventually(async () => {
    const { orders } = await backendFetch("/vendors/me/orders", { token: seller })
    const mine = orders.find((o: any) => o.email === BUYER.email)
    expect(mine).toBeDefined()
    return mine
  })
  await backendFetch(`/vendors/me/orders/${order.id}/fulfillments`, { method: "POST", body: { method: "station", station: "胜利镇服务站" }, token: seller })
  const { order: shipped } = await backendFetch(`/vendors/me/orders/${order.id}`, { token: seller })
  expect(shipped.items[0].lots).toEqual([{ code: CODE, quantity: 1, trace_path: link }])

  const withdrawn = await backendFetch(`/admin/lots/${lot.id}/withdraw`, { method: "POST", body: { reason: REASON }, token: admin })
  expect(withdrawn.changed).toBe(true)
})

const text = async (page: Page) => (await page.locator("main").innerText()).replace(/\s+/g, " ")

it("shows the withdrawal in red on the scanned label's trace page, with what to do, in Chinese and English", async () => {
  const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
  // The bare address decoded from the label lands on the Chinese trace page.
  await page.goto(`${storefrontUrl()}${scanned}`)
  expect(new URL(page.url()).pathname).toBe(`/zh-CN${link}`)
  // The page's own alert (Next.js adds an empty one that announces route changes).
  const alert = page.locator('main [role="alert"]')
  const words = (await alert.innerText()).replace(/\s+/g, " ")
  for (const part of ["本批次已召回", "请停止食用", "联系卖家或罗田县电子商务协会", "召回原因", REASON]) expect([part, words.includes(part)]).toEqual([part, true])
  expect(await alert.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe("rgb(179, 38, 30)")
  expect(await text(page)).not.toContain("再次购买")
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("recall-trace-zh"), fullPage: true })

  await page.goto(`${storefrontUrl()}/en${link}`)
  const english = (await page.locator('main [role="alert"]').innerText()).replace(/\s+/g, " ")
  for (const part of ["This lot has been withdrawn", "Please do not eat it", "Withdrawn on", REASON]) expect([part, english.includes(part)]).toEqual([part, true])
  await page.close()
})

it("puts a red recall notice on the buyer's order in their account", async () => {
  const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
  await page.goto(`${storefrontUrl()}/zh-CN/account/login`)
  await page.getByLabel("电子邮箱", { exact: true }).fill(BUYER.email)
  await page.getByLabel("密码", { exact: true }).fill(BUYER.password)
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await page.waitForURL(/\/zh-CN\/account$/)

  const order = page.locator("article.purchase", { has: page.locator("h3", { hasText: `订单 #${displayId}` }) })
  const notice = order.getByRole("alert")
  const words = (await notice.innerText()).replace(/\s+/g, " ")
  for (const part of ["召回通知", `批次 ${CODE}`, REASON, "请停止食用", "退款"]) expect([part, words.includes(part)]).toEqual([part, true])
  await expect(notice.getByRole("link", { name: "查看批次溯源" }).getAttribute("href")).resolves.toBe(`/zh-CN${link}`)
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("recall-account-zh"), fullPage: true })
  await page.close()
})
