import { chromiumForSuite, screenshotPath, storefrontUrl } from "../support/browser"

jest.setTimeout(120_000)

const browser = chromiumForSuite()

describe("storefront home page", () => {
  it("shows seeded Luotian products in Chinese on a phone", async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 780 }, locale: "zh-CN" })
    const response = await page.goto(`${storefrontUrl()}/`)
    expect(response?.status()).toBe(200)
    expect(page.url()).toMatch(/\/zh-CN\/?$/)
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN")
    const titles = await page.locator("article h3").allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.some((title) => /板栗|茯苓|黑山羊|茶/.test(title))).toBe(true)
    await expect(page.getByText("¥", { exact: false }).first().isVisible()).resolves.toBe(true)
    await page.screenshot({ path: screenshotPath("home-zh-CN"), fullPage: true })
    await page.close()
  })

  it("switches to English and lists chestnuts from the search engine", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${storefrontUrl()}/en/products?q=${encodeURIComponent("板栗")}`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    const titles = await page.locator("article h3").allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((title) => /chestnut/i.test(title))).toBe(true)
    await page.screenshot({ path: screenshotPath("products-en-chestnut"), fullPage: true })
    await page.close()
  })
})
