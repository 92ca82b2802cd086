import type { Page } from "playwright-core"
import {
  associationToken, backendFetch, backendUrl, chromiumForSuite, fitsWidth, loginToAdmin, screenshotPath, sellerAccount, storefrontUrl,
} from "../support/browser"
import { eventually } from "../support/eventually"
import { stationPurchase } from "../support/shop"

jest.setTimeout(600_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const BUYER = { name: "周小梅", email: `xiaomei-${Date.now()}@buyers.test`, password: "chestnut-2026" }
const ADDRESS = {
  first_name: "周小梅", last_name: "", province: "湖北省", city: "黄冈市", address_2: "罗田县",
  address_1: "凤山镇义水北路 9 号", phone: "13800138001", country_code: "cn",
}
// A seeded cooperative with a seeded bank account (seed-data/payouts.ts), whose portal login the suite has.
const SELLER = "shengli-chestnut-coop"

let storeKey: string
const store = (token?: string) => ({ token, headers: { "x-publishable-api-key": storeKey } })
const call = (path: string, token?: string, body?: unknown) => backendFetch(path, { ...store(token), method: body ? "POST" : "GET", body })
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`payouts-${step}`), fullPage: true })
const sellerToken = async () => {
  const { email, password } = sellerAccount(SELLER)
  return (await backendFetch("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token as string
}

// The order the buyer confirms, shared by the two tests (the association pays it in the second).
let partId: string

beforeAll(async () => {
  const { api_keys } = await backendFetch("/admin/api-keys?type=publishable", { token: await associationToken() })
  storeKey = api_keys[0].token
})

describe("seller payouts", () => {
  it("a buyer confirms receipt of a shipped part on the account page, and the seller's money becomes available", async () => {
    // A registered buyer buys at least ¥120 of the seller's cheapest size (over the seeded ¥100 minimum payout).
    const { token: registration } = await call("/auth/customer/emailpass/register", undefined, { email: BUYER.email, password: BUYER.password })
    await call("/store/customers", registration, { email: BUYER.email, first_name: BUYER.name })
    const { token } = await call("/auth/customer/emailpass", undefined, { email: BUYER.email, password: BUYER.password })
    const { hits } = await call(`/store/catalogue?seller=${SELLER}&in_stock=true&sort=price_asc&limit=50`)
    const size = hits.flatMap((h: any) => h.sizes).find((s: any) => s.price_cny && s.stock >= 5)
    const quantity = Math.min(size.stock, Math.ceil(120 / size.price_cny))
    const order = await stationPurchase(size.variant_id, { token, quantity, address: ADDRESS })
    const part = await eventually(async () => {
      const { purchase } = await call(`/store/purchases/${order.id}`, token)
      expect(purchase.parts).toHaveLength(1)
      return purchase.parts[0]
    })
    partId = part.order_id
    const seller = await sellerToken()
    const before = (await backendFetch("/vendors/me/balance", { token: seller })).balance
    await backendFetch(`/vendors/me/orders/${partId}/fulfillments`, { method: "POST", token: seller, body: { method: "courier", carrier: "顺丰速运", tracking_number: `SF${Date.now()}` } })

    const context = await browser().newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${storefrontUrl()}/zh-CN/account/login`)
    await page.getByLabel("电子邮箱").fill(BUYER.email)
    await page.getByLabel("密码", { exact: true }).fill(BUYER.password)
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await page.waitForURL(/\/zh-CN\/account$/)
    const shipped = page.locator(".seller-part").first()
    await expect(shipped.locator(".part-receipt-hint").innerText()).resolves.toBe("收到货后请确认：确认后货款才会结算给卖家。")
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "confirm-receipt")
    await shipped.getByRole("button", { name: "确认收货" }).click()
    await expect(shipped.locator(".part-received").innerText()).resolves.toMatch(/^已于 .+ 确认收货$/)
    expect(await shipped.getByRole("button", { name: "确认收货" }).count()).toBe(0)
    await shot(page, "received")

    // The part's net moved from pending to available, exactly.
    const after = (await backendFetch("/vendors/me/balance", { token: seller })).balance
    const fen = (s: string) => Math.round(Number(s) * 100)
    expect(fen(after.available) - fen(before.available)).toBeGreaterThan(0)
    expect(fen(after.available) - fen(before.available)).toBe(fen(before.pending) - fen(after.pending))
    expect(fen(after.total)).toBe(fen(after.pending) + fen(after.available) + fen(after.paid_out))
    await context.close()
  })

  it("the association creates a payout batch in the admin and marks the seller's item paid; the seller's portal shows it", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    const page = await context.newPage()
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/payouts`, { timeout: 240_000 })
    const balances = page.getByRole("table", { name: "商户余额 Seller balances" })
    await balances.waitFor({ timeout: 120_000 })
    await expect(balances.innerText()).resolves.toContain("•••• ")
    await page.getByRole("button", { name: "生成付款批次 · Create payout batch" }).click()
    const batch = page.getByRole("region", { name: /^付款批次 Batch setpb_/ }).first()
    await batch.waitFor({ timeout: 60_000 })
    const row = batch.getByRole("row", { name: /罗田县胜利镇板栗专业合作社 · Shengli Town Chestnut Cooperative/ })
    await expect(row.innerText()).resolves.toContain("•••• 0001")
    const reference = `ABC${Date.now()}`
    await row.getByLabel(/银行流水号 Bank reference/).fill(reference)
    await row.getByRole("button", { name: "已付 Paid" }).click()
    await row.getByText(reference).waitFor()
    // Paid: no more buttons on the row.
    expect(await row.getByRole("button").count()).toBe(0)
    await page.screenshot({ path: screenshotPath("payouts-admin-paid"), fullPage: true })

    const { batches } = await backendFetch("/admin/payout-batches", { token: await associationToken() })
    const item = batches.flatMap((b: any) => b.items).find((i: any) => i.bank_reference === reference)
    expect(item.status).toBe("paid")
    const { orders } = await backendFetch(`/vendors/me/payouts/${item.id}`, { token: await sellerToken() })
    expect(orders.map((o: any) => o.order_id)).toContain(partId)

    // The seller's portal at 360 px: its balance on the dashboard and the paid payout.
    const phone = await browser().newContext(PHONE)
    const portal = await phone.newPage()
    const { email, password } = sellerAccount(SELLER)
    await portal.goto(`${storefrontUrl()}/zh-CN/portal/login`)
    await portal.getByLabel("电子邮箱").fill(email)
    await portal.getByLabel("密码").fill(password)
    await portal.getByRole("button", { name: "登录" }).click()
    await portal.getByRole("heading", { name: "账户余额" }).waitFor()
    expect(await fitsWidth(portal)).toBe(true)
    await portal.getByRole("link", { name: "查看结算明细 →" }).click()
    await portal.waitForURL(/\/zh-CN\/portal\/payouts$/)
    await expect(portal.locator("[data-account-number]").innerText()).resolves.toBe("•••• 0001")
    const paid = portal.locator("article", { has: portal.locator('[data-status="paid"]') }).first()
    await expect(paid.innerText()).resolves.toContain("已到账")
    expect(await fitsWidth(portal)).toBe(true)
    await portal.screenshot({ path: screenshotPath("payouts-portal"), fullPage: true })
    await context.close()
    await phone.close()
  })
})
