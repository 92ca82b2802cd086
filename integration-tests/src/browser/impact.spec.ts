import { associationToken, backendFetch, backendUrl, chromiumForSuite, fitsWidth, loginToAdmin, screenshotPath, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"
import { stationPurchase, storeHeaders } from "../support/shop"

// The admin compiles on its first visit in development mode, hence the generous waits.
jest.setTimeout(300_000)

const browser = chromiumForSuite()
const beijingMonth = (shift: number) => {
  const d = new Date(Date.now() + 8 * 3600_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1)).toISOString().slice(0, 7)
}
const yuan = (fen: string) => (Number(fen) / 100).toFixed(2)

describe("impact", () => {
  const [from, to] = [beijingMonth(-11), beijingMonth(0)]

  it("draws the association's sales-by-month chart and headline with the API's figures", async () => {
    const token = await associationToken()
    await backendFetch("/admin/impact/refresh", { method: "POST", body: { from, to }, token })
    const { impact } = await backendFetch(`/admin/impact?from=${from}&to=${to}`, { token })
    // The seed's demo purchases were placed this month.
    expect(Number(impact.totals.sales_fen)).toBeGreaterThan(0)

    const page = await browser().newPage({ viewport: { width: 1400, height: 1000 } })
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/impact`)
    const region = page.getByRole("region", { name: "成效看板 · Impact" })
    const chart = region.locator('[data-chart="sales-by-month"]')
    await chart.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 120_000 })
    // Each month's bar is labelled with its yuan; the months with sales read as the API says.
    // SVG text has no innerText: its text content is the label.
    const labels = (await chart.locator(".recharts-label-list text").allTextContents()).map(Number).filter((n) => n > 0)
    expect(labels).toEqual(impact.months.filter((m: any) => m.sales_fen !== "0").map((m: any) => Number(yuan(m.sales_fen))))
    await expect(region.getByText(`¥${yuan(impact.totals.sales_fen)}`).first().isVisible()).resolves.toBe(true)
    for (const id of ["sales-by-category", "households-by-month", "baseline"]) expect(await region.locator(`[data-chart="${id}"] svg`).count()).toBeGreaterThan(0)
    await page.screenshot({ path: screenshotPath("admin-impact"), fullPage: true })
    await page.close()
  })

  it("shows the public impact page on a phone with the store API's figures, fresh once the rollups are refreshed", async () => {
    const token = await associationToken()
    const store = await storeHeaders()
    const page = await browser().newPage({ viewport: { width: 360, height: 780 } })
    await page.goto(`${storefrontUrl()}/zh-CN`)
    await page.getByRole("link", { name: "助农成效" }).click()
    await page.waitForURL(/\/zh-CN\/impact$/)
    const bars = page.locator('[data-chart="sales-by-month"] g[data-month]')
    const shown = () => bars.evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-month"), g.getAttribute("data-sales")]))
    const before = await shown()

    // A purchase this month, then the refresh (as the hourly job does): the cached page shows it without waiting
    // for its 5 minutes (the refresh's event revalidates it).
    const { hits } = await backendFetch("/store/catalogue?in_stock=true&limit=1", { headers: store })
    await stationPurchase(hits[0].sizes.find((s: any) => s.in_stock).variant_id, { email: `impact-${Date.now()}@example.cn` })
    await backendFetch("/admin/impact/refresh", { method: "POST", body: { from: to, to }, token })
    const published = async () => {
      const { impact } = await backendFetch("/store/impact", { headers: store })
      return impact.months.map((m: any) => [m.month, yuan(m.sales_fen).replace(/\B(?=(\d{3})+(?!\d))/g, ",")])
    }
    expect(await published()).not.toEqual(before)
    // Compared with the API's figures of the moment: the hourly job may refresh the rollups again meanwhile. A
    // minute is well inside the page's 5-minute cache, and leaves room for a machine busy with other suites.
    await eventually(async () => {
      await page.reload()
      expect(await shown()).toEqual(await published())
    }, 60_000)
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("impact-page-phone"), fullPage: true })

    await page.goto(`${storefrontUrl()}/en/impact`)
    await page.getByRole("heading", { name: "Our impact" }).waitFor()
    await page.close()
  })
})
