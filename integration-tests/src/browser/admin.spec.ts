import { associationCredentials, backendUrl, chromiumForSuite, screenshotPath } from "../support/browser"

// The admin compiles on its first visit in development mode, hence the generous waits.
jest.setTimeout(300_000)

const browser = chromiumForSuite()

describe("admin", () => {
  it("accepts the association user and shows a product's Luotian brand panel", async () => {
    const { email, password } = associationCredentials()
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${backendUrl()}/app/login`, { timeout: 240_000 })
    await page.fill('input[name="email"]', email, { timeout: 240_000 })
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })

    // The cooperative's premium fresh chestnuts: one product in 1.5 kg, 2.5 kg and 5 kg packs.
    await page.goto(`${backendUrl()}/app/products?q=fresh-chestnut-special`)
    await page.getByText("罗田鲜板栗 · 特级", { exact: true }).first().click({ timeout: 120_000 })
    const panel = page.getByRole("region", { name: "罗田品牌 · Luotian brand" })
    await panel.getByText("罗田县胜利镇板栗专业合作社").waitFor({ timeout: 60_000 })
    expect(await panel.getByRole("group", { name: "等级 / Grade" }).getByText("特级 · Premium grade").isVisible()).toBe(true)
    // Its pack sizes' net weights, 2.5 kg among them.
    expect(await panel.getByRole("group", { name: "净含量 / Net weight" }).getByText("2.5 kg").isVisible()).toBe(true)
    const review = panel.getByRole("group", { name: "审核 / Review" })
    await review.getByText("已批准 Approved").waitFor({ timeout: 30_000 })
    expect(await panel.getByRole("group", { name: "单价与价格带 / Price vs band" }).getByText("在价格带内 Within band").isVisible()).toBe(true)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath("admin-product-brand-panel"), fullPage: true })
    await page.close()
  })
})
