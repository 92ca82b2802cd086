import type { Page } from "playwright-core"
import {
  associationToken, backendFetch, backendUrl, choose, chromiumForSuite, loginToAdmin, openReviewQueue, screenshotPath, storefrontUrl,
} from "../support/browser"
import { eventually } from "../support/eventually"

// The brand association's admin in Chromium, as one working session in order: it inspects a new seller's lot (the
// review queue then shows that grade beside the claimed one), approves the seller's listing, which reaches the store,
// rejects another with a reason, sees an out-of-band price flagged, approves/suspends/reinstates a seller, revises a
// standard, and reads all of it in the audit log. Sellers and their listings are set up over HTTP, as sellers would.
jest.setTimeout(420_000)

const browser = chromiumForSuite()
const suffix = Date.now().toString(36)
const seller = { handle: `review-${suffix}`, name: `审核测试农户${suffix}`, name_en: `Review household ${suffix}` }
const newcomer = { handle: `newcomer-${suffix}`, name: `待批准农户${suffix}`, name_en: `Newcomer household ${suffix}` }
let token: string
let sellerToken: string
let storeKey: string
let product: { id: string; title: string }
let rejected: { id: string; title: string }

const catalogue = (query: string) =>
  backendFetch<{ hits: { id: string; title: string }[] }>(`/store/catalogue?${query}`, { headers: { "x-publishable-api-key": storeKey } })

const sellerId = async (handle: string) =>
  (await backendFetch("/admin/sellers", { token })).sellers.find((s: any) => s.handle === handle).id as string

/** The queue's row of this suite's seller's listing: titles no longer carry a weight, so other sellers' may match. */
const queueRow = (page: Page, title: string) => page.getByRole("row", { name: title, exact: true }).filter({ hasText: seller.name })

/** A household registers through the seller API; it waits for the association's approval. */
async function register(who: typeof seller) {
  const email = `${who.handle}@sellers.test`
  const registration = await backendFetch("/auth/seller/emailpass/register", { method: "POST", body: { email, password: "pass-1234" } })
  const body = { seller: { ...who, type: "household", town: "胜利镇", town_en: "Shengli" }, user: { email } }
  return (await backendFetch("/vendors", { method: "POST", body, token: registration.token })).seller.id as string
}

/** The seller lists its fresh chestnuts of a grade in one pack size (one product per name and grade). */
const list = async (grade: string, size: { net_weight_g: number; price_cny: number }, description?: string) => {
  const body = { category: "chestnut", name: "fresh-chestnut", grade, sizes: [{ ...size, stock: 20 }], ...(description && { description }) }
  return (await backendFetch("/vendors/me/products", { method: "POST", body, token: sellerToken })).product
}

beforeAll(async () => {
  token = await associationToken()
  const { api_keys } = await backendFetch("/admin/api-keys?type=publishable", { token })
  storeKey = api_keys[0].token
  // One seller approved over HTTP, who lists two products; another left pending for the sellers page.
  const id = await register(seller)
  await backendFetch(`/admin/sellers/${id}/status`, { method: "POST", body: { status: "active" }, token })
  await register(newcomer)
  sellerToken = (await backendFetch("/auth/seller/emailpass", { method: "POST", body: { email: `${seller.handle}@sellers.test`, password: "pass-1234" } })).token
  // 2 kg of premium chestnuts at ¥70: ¥35.00 per kg, inside the premium band (¥30–100).
  product = await list("special", { net_weight_g: 2000, price_cny: 70 }, "新鲜罗田板栗，当季采收。")
  // 4 kg of grade 2 at ¥100: ¥25.00 per kg, inside its band (¥12–30); the association turns it down.
  rejected = await list("second", { net_weight_g: 4000, price_cny: 100 })
  expect((await catalogue(`seller=${seller.handle}`)).hits).toEqual([])
})

describe("the association's admin", () => {
  it("records an inspection of the new seller's lot and sees the grade the platform computed", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/inspections`)
    const form = page.getByRole("form", { name: "记录质检 Record an inspection" })
    await form.waitFor({ timeout: 120_000 })
    await choose(page, "商户 Seller", `${seller.name} · ${seller.name_en}`)
    await choose(page, "品类 Category", "罗田板栗 · Luotian chestnut")
    await form.getByLabel("批次 Lot").fill(`LOT-${suffix}`)
    await form.getByLabel("每千克粒数 · Nuts (pcs/kg)").fill("38")
    await form.getByLabel("瘪粒与裂嘴果 · Shrivelled and split nuts (%)").fill("1.5")
    await form.getByLabel("霉烂与虫蛀果 · Mouldy and insect-damaged nuts (%)").fill("0")
    await form.getByRole("button", { name: "评定并记录 Grade and record" }).click()
    const result = page.getByRole("region", { name: "质检结果 Inspection result" })
    await result.getByText("质检结果 Result：特级 · Premium grade").waitFor({ timeout: 30_000 })
    await page.getByRole("row", { name: new RegExp(`LOT-${suffix}`) }).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath("admin-inspection-recorded"), fullPage: true })
    await page.close()
  })

  it("approves a pending listing from the review queue, and the product then appears in the store", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await openReviewQueue(page, seller)
    const row = queueRow(page, product.title)
    await row.waitFor({ timeout: 120_000 })
    // Filtered by seller: no other seller's listing is in the table.
    const sellers = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[1]?.textContent ?? ""))
    expect(sellers.length).toBeGreaterThan(0)
    expect(sellers.filter((name) => !name.includes(seller.name))).toEqual([])
    // Claimed grade beside the inspected one, price per kg beside the band.
    expect(await row.getByRole("cell").nth(2).innerText()).toBe("特级 · Premium grade")
    expect(await row.getByRole("cell").nth(3).innerText()).toContain("特级 · Premium grade")
    const price = row.getByRole("cell").nth(4)
    expect(await price.getByText("¥35.00 /kg").isVisible()).toBe(true)
    expect(await price.getByText("价格带 Band ¥30.00–¥100.00 /kg").isVisible()).toBe(true)
    expect(await price.getByText("在价格带内 Within band").isVisible()).toBe(true)
    expect(await row.getByText("待审核 Pending").isVisible()).toBe(true)
    await page.screenshot({ path: screenshotPath("admin-review-queue"), fullPage: true })

    await row.getByRole("button", { name: "批准 Approve" }).click()
    await page.getByText(`已批准上架 Approved: ${product.title}`).waitFor({ timeout: 30_000 })
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await choose(page, "审核状态 Review status", "已批准 Approved")
    const approved = queueRow(page, product.title)
    await approved.getByText("已批准 Approved").waitFor({ timeout: 30_000 })
    await approved.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath("admin-review-approved"), fullPage: true })
    await page.close()

    // Published and indexed: the store's catalogue lists it under its seller, then the storefront shows it.
    const hits = await eventually(async () => {
      const { hits } = await catalogue(`seller=${seller.handle}`)
      expect(hits.map((h) => h.id)).toEqual([product.id])
      return hits
    })
    expect(hits[0].title).toBe(product.title)
    const shop = await browser().newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    await shop.goto(`${storefrontUrl()}/zh-CN/products?q=${encodeURIComponent(suffix)}`)
    const card = shop.locator("article", { hasText: seller.name })
    expect(await card.locator("h3").innerText()).toBe(product.title)
    await shop.screenshot({ path: screenshotPath("store-approved-listing"), fullPage: true })
    await shop.close()
  })

  it("rejects a listing with a reason, which the seller then reads", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await openReviewQueue(page, seller)
    const row = queueRow(page, rejected.title)
    await row.waitFor({ timeout: 120_000 })
    expect(await row.getByText("¥25.00 /kg").isVisible()).toBe(true)
    await row.getByRole("button", { name: "驳回 Reject" }).click()
    // A rejection needs a reason.
    const confirm = row.getByRole("button", { name: "确认驳回 Confirm rejection" })
    expect(await confirm.isDisabled()).toBe(true)
    const reason = "请补充本批次的质检报告 · Please add this lot's inspection report"
    await row.getByLabel("驳回理由（卖家可见） Reason, shown to the seller").fill(reason)
    expect(await confirm.isEnabled()).toBe(true)
    await page.screenshot({ path: screenshotPath("admin-review-reject"), fullPage: true })
    await confirm.click()
    await page.getByText(`已驳回 Rejected: ${rejected.title}`).waitFor({ timeout: 30_000 })
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await page.close()

    const { product: own } = await backendFetch(`/vendors/me/products/${rejected.id}`, { token: sellerToken })
    expect(own.listing).toMatchObject({ status: "rejected", reason })
    expect(own.status).toBe("draft")
  })

  it("flags a listing that is back for review because its price left the band", async () => {
    // 3 kg of grade 1 at ¥90 (¥30.00 per kg, band ¥20–60) is approved; then the seller asks ¥240, ¥80.00 per kg.
    const listing = await list("first", { net_weight_g: 3000, price_cny: 90 })
    await backendFetch(`/admin/listing-reviews/${listing.id}`, { method: "POST", body: { decision: "approve" }, token })
    const [size] = (await backendFetch(`/vendors/me/products/${listing.id}`, { token: sellerToken })).product.variants
    await backendFetch(`/vendors/me/products/${listing.id}`, { method: "POST", body: { sizes: [{ variant_id: size.id, price_cny: 240 }] }, token: sellerToken })
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await openReviewQueue(page, seller)
    const price = queueRow(page, listing.title).getByRole("cell").nth(4)
    await price.getByText("超出价格带 Out of band").waitFor({ timeout: 120_000 })
    expect(await price.getByText("¥80.00 /kg").isVisible()).toBe(true)
    expect(await price.getByText("价格带 Band ¥20.00–¥60.00 /kg").isVisible()).toBe(true)
    await page.screenshot({ path: screenshotPath("admin-review-out-of-band"), fullPage: true })
    await page.close()
  })

  it("approves a pending seller, suspends it and reinstates it", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/sellers`)
    const row = page.getByRole("row", { name: newcomer.name })
    await row.getByText("待批准 Pending").waitFor({ timeout: 120_000 })
    await row.getByRole("button", { name: "批准 Approve" }).click()
    await row.getByText("正常 Active").waitFor({ timeout: 30_000 })

    await row.getByRole("button", { name: "暂停 Suspend" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(`暂停 ${newcomer.name}？ Suspend ${newcomer.name_en}?`).waitFor()
    await dialog.getByRole("button", { name: "暂停 Suspend" }).click()
    await row.getByText("已暂停 Suspended").waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath("admin-sellers-suspended"), fullPage: true })
    await row.getByRole("button", { name: "恢复 Reinstate" }).click()
    await row.getByText("正常 Active").waitFor({ timeout: 30_000 })
    await page.close()

    const { audit_entries } = await backendFetch(`/admin/audit?subject_type=seller&subject_id=${await sellerId(newcomer.handle)}`, { token })
    expect(audit_entries.map((e: any) => e.action)).toEqual(["seller.reinstated", "seller.suspended", "seller.approved"])
  })

  it("edits a grade standard into a new version, and the audit log shows the decisions", async () => {
    const { grade_standards } = await backendFetch("/admin/grade-standards?category=tea&status=current", { token })
    const { version, grades } = grade_standards[0]
    const second = grades.find((g: any) => g.code === "second")
    const raised = (Number(second.price_max) + 10).toFixed(2)
    const page = await browser().newPage({ viewport: { width: 1440, height: 1000 } })
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/grade-standards`)
    const tea = page.getByRole("region", { name: `大别山绿茶 · Dabie Mountain green tea GB/T 14456.1-2017 · 第 ${version} 版 Version ${version}` })
    await tea.waitFor({ timeout: 120_000 })
    expect(await tea.getByText(`¥${second.price_min}–¥${second.price_max} /kg`).isVisible()).toBe(true)
    await page.screenshot({ path: screenshotPath("admin-grade-standards"), fullPage: true })

    await tea.getByRole("link", { name: "查看与编辑 View and edit" }).click()
    await page.getByRole("button", { name: "编辑（新版本） Edit as a new version" }).click()
    await page.getByLabel("二级 Grade 2 最高价 Price max").fill(raised)
    await page.screenshot({ path: screenshotPath("admin-grade-standard-editor"), fullPage: true })
    await page.getByRole("button", { name: "保存为新版本 Save as a new version" }).click()
    await page.getByText(`已保存为第 ${version + 1} 版 Saved as version ${version + 1}`).waitFor({ timeout: 30_000 })
    await page.getByRole("heading", { name: `第 ${version + 1} 版 Version ${version + 1}` }).waitFor({ timeout: 30_000 })
    expect(await page.getByText(`¥${second.price_min}–¥${raised} /kg`).isVisible()).toBe(true)
    expect(await page.getByText("现行 Current").isVisible()).toBe(true)
    await page.screenshot({ path: screenshotPath("admin-grade-standard-new-version"), fullPage: true })

    await page.goto(`${backendUrl()}/app/audit`)
    await choose(page, "动作 Action", "批准上架 Listing approved")
    const approval = page.getByRole("row", { name: new RegExp(product.id) })
    await approval.waitFor({ timeout: 60_000 })
    expect(await approval.getByText("status: pending → approved").isVisible()).toBe(true)
    await choose(page, "动作 Action", "修订标准 Standard revised")
    const revision = page.getByRole("row", { name: /tea-grades/ }).first()
    await revision.getByText(`二级 Grade 2 价格带 band: ¥${second.price_min}–¥${second.price_max} → ¥${second.price_min}–¥${raised}`).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath("admin-audit-log"), fullPage: true })
    await page.close()
  })
})
