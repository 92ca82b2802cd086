import type { Page } from "playwright-core"
import { eventually } from "../support/eventually"
import { stationPurchase } from "../support/shop"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, sellerAccount, storefrontUrl } from "../support/browser"

// Household incomes on a 360 px phone: a pack of the seeded chestnut cooperative ships from a lot two of its
// households supplied; the portal's 农户收入 page shows each household's share as the API says, the household's page
// its entry with the lot, and the seller closes the month and records a payment.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const SELLER = "shengli-chestnut-coop"
const CODE = `IN-${Date.now().toString(36).toUpperCase()}`
const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
const text = async (page: Page) => (await page.locator("main").innerText()).replace(/\s+/g, " ")
const yuan = (fen: string) => `¥${BigInt(fen) / 100n}.${(BigInt(fen) % 100n).toString().padStart(2, "0")}`

let page: Page
let seller: string
let members: { id: string; name: string }[]

beforeAll(async () => {
  const admin = await associationToken()
  const { email, password } = sellerAccount(SELLER)
  seller = (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
  members = (await backendFetch("/vendors/me/members", { token: seller })).members.slice(0, 2)
  const { products } = await backendFetch("/vendors/me/products", { token: seller })
  const product = products.find((p: any) => p.categories?.[0]?.handle === "chestnut" && p.variants.some((v: any) => v.ean))
  const variant = product.variants.find((v: any) => v.ean)

  // One pack from a lot of two households (6 and 4 kg) that expires before any other, so the pack ships from it.
  const body = {
    product_id: product.id, code: CODE, kind: "harvest", produced_on: "2025-09-20", best_before: "2025-09-22", origin: { town: "胜利镇" }, quantity: 10, unit: "kg",
    households: [{ member_id: members[0].id, quantity: 6 }, { member_id: members[1].id, quantity: 4 }],
  }
  const { lot } = await backendFetch("/vendors/me/lots", { method: "POST", body, token: seller })
  const inspection = { seller_id: (await backendFetch("/vendors/me", { token: seller })).seller.id, category: "chestnut", lot: CODE, measurements: { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 } }
  const recorded = await backendFetch("/admin/inspections", { method: "POST", body: inspection, token: admin })
  await backendFetch(`/vendors/me/lots/${lot.id}/inspection`, { method: "POST", body: { inspection_id: recorded.inspection.id }, token: seller })
  await backendFetch(`/vendors/me/lots/${lot.id}/receipts`, { method: "POST", body: { variant_id: variant.id, packs: 1 }, token: seller })

  // A guest buys the pack; the cooperative ships it.
  const buyer = `incomes-${Date.now()}@example.cn`
  await stationPurchase(variant.id, { email: buyer })
  const order = await eventually(async () => {
    const { orders } = await backendFetch("/vendors/me/orders", { token: seller })
    const mine = orders.find((o: any) => o.email === buyer)
    expect(mine).toBeDefined()
    return mine
  })
  await backendFetch(`/vendors/me/orders/${order.id}/fulfillments`, { method: "POST", body: { method: "station", station: "胜利镇服务站" }, token: seller })
  // Both households' shares are posted (by the ledger's subscriber).
  await eventually(async () => {
    for (const m of members) {
      const { entries } = await backendFetch(`/vendors/me/ledger/households/${m.id}?month=${month}`, { token: seller })
      expect(entries.some((e: any) => e.source.lot_code === CODE)).toBe(true)
    }
  })

  page = await browser().newPage({ ...PHONE, acceptDownloads: true })
  await page.goto(`${storefrontUrl()}/zh-CN/portal/login?next=${encodeURIComponent("/zh-CN/portal/incomes")}`)
  await page.getByLabel("电子邮箱").fill(email)
  await page.getByLabel("密码").fill(password)
  await page.getByRole("button", { name: "登录" }).click()
  await page.waitForURL(/\/zh-CN\/portal\/incomes$/)
})

afterAll(() => page?.close())

it("lists the households with this month's and this year's income as the API has them, on a phone", async () => {
  await page.getByRole("heading", { level: 1, name: /^农户收入/ }).waitFor()
  const { households, totals } = await backendFetch(`/vendors/me/ledger/households?month=${month}`, { token: seller })
  // The totals, the registered-poor households on a row of their own, as the API sums them.
  const totalsTable = page.getByRole("table", { name: "合计（脱贫户单列）" })
  for (const [group, label] of [["all", "全部社员"], ["poor", "其中脱贫户"]] as const) {
    const cells = (await totalsTable.getByRole("row", { name: new RegExp(`^${label}`) }).innerText()).split(/\s+/)
    expect(cells).toEqual([label, String(totals[group].households_with_income), yuan(totals[group].month_fen), yuan(totals[group].year_fen)])
  }
  expect(totals.all.households_with_income).toBeGreaterThanOrEqual(2)
  for (const m of members) {
    const row = households.find((h: any) => h.member_id === m.id)
    const card = page.getByRole("article", { name: m.name })
    const facts = (await card.innerText()).replace(/\s+/g, " ")
    expect(facts).toContain(`本月收入 ${yuan(row.month_fen)}`)
    expect(facts).toContain(`本年收入 ${yuan(row.year_fen)}`)
    expect(Number(row.month_fen)).toBeGreaterThan(0)
  }
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("incomes-portal-households"), fullPage: true })
})

it("opens a household's month with its entry from the lot, closes the month and records the payment", async () => {
  const [m] = members
  await page.getByRole("button", { name: "结账本月" }).click()
  await page.getByRole("status").filter({ hasText: "已结账" }).waitFor()
  await page.getByRole("link", { name: m.name, exact: true }).click()
  await page.getByRole("heading", { level: 1, name: new RegExp(`^${m.name}`) }).waitFor()
  expect(await text(page)).toContain(`批次 ${CODE}`)
  expect(await text(page)).toContain("已结账·待付款")
  await page.getByLabel(/^付款凭证/).fill("农商行转账 20261203")
  await page.getByRole("button", { name: "记录付款" }).click()
  await page.getByRole("status").filter({ hasText: "已记录付款" }).waitFor()
  const { household } = await backendFetch(`/vendors/me/ledger/households/${m.id}?month=${month}`, { token: seller })
  expect(household.month_status).toBe("paid")
  expect(await fitsWidth(page)).toBe(true)
  await page.screenshot({ path: screenshotPath("incomes-portal-household"), fullPage: true })

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "打印本月月结单（PDF）" }).click()])
  expect(download.suggestedFilename()).toBe(`household-statement-${month}.pdf`)
})
