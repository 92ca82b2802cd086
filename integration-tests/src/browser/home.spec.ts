import { chromiumForSuite, screenshotPath, searchDrawn, storefrontUrl } from "../support/browser"

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
    // The brand story, the four categories and the cooperatives households sell through.
    await expect(page.locator("h1").innerText()).resolves.toBe("大别山里的罗田好物")
    expect(await page.locator(".category-name").allInnerTexts()).toHaveLength(4)
    const coops = page.getByRole("region", { name: "合作社" })
    expect((await coops.locator("h3").allInnerTexts()).sort()).toEqual(
      ["湖北锦绣林牧专业合作社", "罗田县大别山云雾茶专业合作社", "罗田县九资河茯苓专业合作社", "罗田县胜利镇板栗专业合作社"].sort()
    )
    await expect(coops.innerText()).resolves.toContain("1300户社员")
    await page.screenshot({ path: screenshotPath("home-zh-CN"), fullPage: true })
    await coops.getByRole("link", { name: "罗田县九资河茯苓专业合作社" }).click()
    await page.waitForURL(/\/zh-CN\/sellers\/jiuzihe-poria-coop$/)
    await page.goto(`${storefrontUrl()}/en`)
    await expect(page.getByRole("region", { name: "Cooperatives" }).innerText()).resolves.toContain("Shengli Town Chestnut Cooperative")
    await page.close()
  })

  it("switches to English and lists chestnuts first from the search engine", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${storefrontUrl()}/en/products?q=${encodeURIComponent("板栗")}`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await searchDrawn(page)
    const titles = await page.locator("article h3").allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    // Every chestnut before anything else: through the synonym 板栗 ~ chestnut, a tea with a chestnut aroma (板栗香)
    // may follow them.
    const chestnut = titles.map((title) => /chestnut/i.test(title))
    expect(chestnut[0]).toBe(true)
    expect(chestnut.slice(0, chestnut.lastIndexOf(true) + 1).every(Boolean)).toBe(true)
    await page.screenshot({ path: screenshotPath("products-en-chestnut"), fullPage: true })
    await page.close()
  })
})
