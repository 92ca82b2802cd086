import type { Page } from "playwright-core"
import { associationToken, backendFetch, chromiumForSuite, fitsWidth, screenshotPath, logInAsStation } from "../support/browser"

jest.setTimeout(300_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 }, locale: "zh-CN" }
const shot = (page: Page, step: string) => page.screenshot({ path: screenshotPath(`route-runs-${step}`), fullPage: true })
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

describe("route runs on the hub driver's phone", () => {
  it("the association plans today; the driver leaves the hub and marks the next stop done at 360 px", async () => {
    // The seeded store's sellers have orders to collect: today's plan has runs.
    const admin = await associationToken()
    const { runs } = await backendFetch("/admin/route-runs/plan", { method: "POST", token: admin, body: { day: today() } })
    expect(runs.length).toBeGreaterThan(0)
    const run = runs[0]

    const page = await browser().newPage(PHONE)
    page.setDefaultTimeout(60_000)
    await logInAsStation(page, "FS-HUB")
    await page.getByRole("link", { name: "车次" }).click()
    await page.waitForURL(/\/zh-CN\/station\/runs/)

    const card = page.locator(`[data-run="${run.id}"]`)
    await expect(card.locator("h2").innerText()).resolves.toBe(`${run.town} 第 ${run.number} 趟 · 待出发`)
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "planned")

    // Out of order is refused; leaving the hub first, then the next stop.
    await card.locator(`[data-stop="${run.stops[1].id}"]`).getByRole("button", { name: "到站完成" }).click()
    await page.locator(".station-error", { hasText: "请先从县中心出发（第一站）。" }).waitFor()
    await page.locator(`[data-run="${run.id}"] [data-stop="${run.stops[0].id}"]`).getByRole("button", { name: "从县中心出发" }).click()
    // Each tap comes back to the same address: wait for what changed on the page, not for the notice.
    await page.locator(`[data-run="${run.id}"] [data-stop="${run.stops[0].id}"]`, { hasText: "✓ 已完成" }).waitFor()
    await expect(page.locator(".station-done").innerText()).resolves.toBe("已记录。")
    await expect(page.locator(`[data-run="${run.id}"] h2`).innerText()).resolves.toContain("在途")
    await page.locator(`[data-run="${run.id}"] [data-stop="${run.stops[1].id}"]`).getByRole("button", { name: "到站完成" }).click()
    await page.locator(`[data-run="${run.id}"] [data-stop="${run.stops[1].id}"]`, { hasText: "✓ 已完成" }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    await shot(page, "under-way")

    const { run: after } = await backendFetch(`/admin/route-runs/${run.id}`, { token: admin })
    expect([after.stops[0].done_at !== null, after.stops[1].done_at !== null, after.status]).toEqual([true, true, run.stops.length > 2 ? "under_way" : "done"])
  })
})
