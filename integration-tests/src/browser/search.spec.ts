import type { Page } from "playwright-core"
import { chromiumForSuite, fitsWidth, screenshotPath, searchDrawn, storefrontUrl } from "../support/browser"

jest.setTimeout(180_000)

const browser = chromiumForSuite()
const PHONE = { viewport: { width: 360, height: 780 } }
// 粟 for 栗: the look-alike character a buyer picks from the IME's candidates by mistake. Meilisearch still
// finds the fresh chestnuts (it drops the word it cannot match), where 板粟 alone finds nothing.
const TYPO = "鲜板粟"

const cardTitles = async (page: Page) => (await searchDrawn(page), page.locator("article.product-card h3").allInnerTexts())
const resultCount = async (page: Page) => Number((await page.locator(".result-count").innerText()).match(/\d+/)?.[0])
/** A facet's values as the buyer reads them: label → count. */
async function facet(page: Page, title: string) {
  const links = page.locator(".facet", { has: page.getByRole("heading", { name: title, exact: true }) }).getByRole("link")
  const entries = await links.evaluateAll((all) => all.map((a) => [a.children[0].textContent, Number(a.children[1].textContent)]))
  return Object.fromEntries(entries) as Record<string, number>
}
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
async function openFilters(page: Page) {
  const details = page.locator("details.filters")
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click()
}

describe("category and search pages", () => {
  it("suggests as a buyer types Chinese with a typo, then filters, sorts and shares the result", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    const asked: string[] = []
    page.on("request", (request) => {
      const url = new URL(request.url())
      if (url.pathname.endsWith("/search/suggest")) asked.push(url.searchParams.get("q") ?? "")
    })
    await page.goto(`${storefrontUrl()}/zh-CN/products`)
    const box = page.getByRole("combobox", { name: "搜索商品" })
    await box.click()

    // Typed through a pinyin IME: nothing is asked while the pinyin is being composed, only for the characters.
    const ime = await page.context().newCDPSession(page)
    await ime.send("Input.imeSetComposition", { text: "xianbansu", selectionStart: 9, selectionEnd: 9 })
    await ime.send("Input.insertText", { text: TYPO })
    const options = page.getByRole("listbox", { name: "搜索建议" }).getByRole("option")
    await options.first().waitFor()
    expect(asked).toEqual([TYPO])
    expect(await box.getAttribute("aria-expanded")).toBe("true")
    const suggestions = await options.allInnerTexts()
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.length).toBeLessThanOrEqual(6)
    expect(suggestions.every((text) => text.includes("鲜板栗") && /¥\d/.test(text))).toBe(true)
    // One suggestion per product, priced from its cheapest size: the cooperative's premium chestnuts come in three.
    // (Other specs' sellers may list the same name and grade in this shared store, each with its own suggestion.)
    const premium = suggestions.map((text) => text.replace(/\s+/g, "")).filter((text) => text.startsWith("罗田鲜板栗·特级¥78.00"))
    expect(premium).toEqual(["罗田鲜板栗·特级¥78.00起"])
    await expect(page.getByRole("status").filter({ hasText: "条建议" }).textContent()).resolves.toContain(`${suggestions.length} 条建议`)
    // Arrow keys move the active option; Escape closes the list, and Enter then searches the words.
    await box.press("ArrowDown")
    const first = await options.first().getAttribute("id")
    expect(await box.getAttribute("aria-activedescendant")).toBe(first)
    expect(await options.first().getAttribute("aria-selected")).toBe("true")
    await page.screenshot({ path: screenshotPath("search-suggestions") })
    await box.press("Escape")
    expect(await box.getAttribute("aria-expanded")).toBe("false")
    expect(await box.getAttribute("aria-activedescendant")).toBeNull()
    await box.press("Enter")
    await page.waitForURL((url) => url.pathname === "/zh-CN/products" && url.searchParams.get("q") === TYPO)
    await expect(page.locator("h1").innerText()).resolves.toBe(`搜索“${TYPO}”`)
    const found = await resultCount(page)
    expect(found).toBeGreaterThan(1)
    expect((await cardTitles(page)).every((title) => title.includes("板栗"))).toBe(true)
    // One card for the cooperative's product with its three pack sizes, priced from the cheapest (found by its page,
    // since other specs' sellers may list the same name and grade).
    const sized = page.locator("article.product-card", { has: page.locator('a[href$="/products/fresh-chestnut-special"]') })
    expect(await sized.count()).toBe(1)
    expect(await sized.locator(".sizes").innerText()).toBe("规格 1.5 kg · 2.5 kg · 5 kg")
    expect(await sized.locator(".price strong").innerText()).toBe("¥78.00 起")
    await page.screenshot({ path: screenshotPath("search-results"), fullPage: true })

    // The grade facet's count is what choosing it finds; the seller counts follow the chosen grade.
    await openFilters(page)
    const grades = await facet(page, "等级")
    const sellersBefore = await facet(page, "卖家")
    expect(sum(sellersBefore)).toBe(found)
    expect(grades["特级"]).toBeGreaterThan(0)
    expect(grades["特级"]).toBeLessThan(found)
    await page.screenshot({ path: screenshotPath("search-filters"), fullPage: true })
    await page.locator(".facet").getByRole("link", { name: /^特级 \d+$/ }).click()
    await page.waitForURL((url) => url.searchParams.get("grade") === "special" && url.searchParams.get("q") === TYPO)
    await page.getByRole("link", { name: "移除条件：等级：特级" }).waitFor()
    expect(await resultCount(page)).toBe(grades["特级"])
    expect(await page.locator("article.product-card .badge").allInnerTexts()).toEqual(Array(grades["特级"]).fill("特级"))
    await openFilters(page)
    expect(await page.locator(".facet").getByRole("link", { name: /特级 \d+$/ }).getAttribute("aria-current")).toBe("true")
    expect(await facet(page, "等级")).toEqual(grades)
    expect(sum(await facet(page, "卖家"))).toBe(grades["特级"])
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("search-grade"), fullPage: true })

    // The URL carries the whole state: reloading it shows the same result.
    const shared = page.url()
    const titles = await cardTitles(page)
    await page.reload()
    expect(page.url()).toBe(shared)
    expect(await cardTitles(page)).toEqual(titles)
    expect(await page.getByRole("combobox", { name: "搜索商品" }).inputValue()).toBe(TYPO)

    await page.getByRole("navigation", { name: "排序" }).getByRole("link", { name: "价格从低到高" }).click()
    await page.waitForURL((url) => url.searchParams.get("sort") === "price_asc" && url.searchParams.get("grade") === "special")
    // A card's price is its lowest size's ("¥60.00 起" when its sizes cost differently), which the sort uses.
    await searchDrawn(page)
    const prices = (await page.locator("article.product-card .price strong").allInnerTexts()).map((p) => Number(p.replace(/[¥,\s起]/g, "")))
    expect(prices).toHaveLength(grades["特级"])
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    await page.screenshot({ path: screenshotPath("search-sorted"), fullPage: true })

    const cheapest = (await cardTitles(page))[0]
    await page.getByRole("link", { name: cheapest, exact: true }).first().click()
    await page.waitForURL(/\/zh-CN\/products\/[^/?]+$/)
    await expect(page.locator("h1").innerText()).resolves.toBe(cheapest)
    await page.screenshot({ path: screenshotPath("search-product") })
    await page.close()
  })

  it("keeps the filters when switching to English, with English facet names", async () => {
    const page = await browser().newPage(PHONE)
    const query = `q=${encodeURIComponent(TYPO)}&grade=special&sort=price_asc`
    await page.goto(`${storefrontUrl()}/zh-CN/products?${query}`)
    const zhTitles = await cardTitles(page)
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(`${storefrontUrl()}/en/products?${query}`)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await expect(page.locator("h1").innerText()).resolves.toBe(`Search: “${TYPO}”`)
    expect(await cardTitles(page)).toHaveLength(zhTitles.length)
    expect((await cardTitles(page)).every((title) => /chestnut/i.test(title))).toBe(true)
    await page.getByRole("link", { name: "Remove filter: Grade: Premium grade" }).waitFor()
    await openFilters(page)
    const grades = await facet(page, "Grade")
    expect(Object.keys(grades)).toEqual(expect.arrayContaining(["Premium grade", "Grade 1"]))
    expect(Object.keys(await facet(page, "Town"))).toContain("Shengli")
    expect(await page.getByRole("navigation", { name: "Sort" }).getByRole("link", { name: "Price: low to high" }).getAttribute("aria-current")).toBe(
      "true"
    )
    expect(await fitsWidth(page)).toBe(true)
    await page.screenshot({ path: screenshotPath("search-en"), fullPage: true })
    await page.close()
  })

  it("finds what the Chinese would for pinyin typed in the search box", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    await page.goto(`${storefrontUrl()}/zh-CN/products`)
    const box = page.getByRole("combobox", { name: "搜索商品" })
    // Typed with the IME off: the pinyin of 黑山羊 (black goat), as the buyer would say it. The storefront's front
    // answers the box from Meilisearch itself.
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/zh-CN/search/suggest")
    await box.fill("heishanyang")
    expect((await answered).headers()["x-suggestions"]).toBe("meilisearch")
    const options = page.getByRole("listbox", { name: "搜索建议" }).getByRole("option")
    await options.first().waitFor()
    const suggested = await options.allInnerTexts()
    expect(suggested.every((text) => text.includes("羊") && /¥\d/.test(text))).toBe(true)
    await box.press("Enter")
    await page.waitForURL((url) => url.searchParams.get("q") === "heishanyang")
    const titles = await cardTitles(page)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((title) => title.includes("羊"))).toBe(true)
    // In English, a suggestion is named in English and leads to its product's English page.
    await page.goto(`${storefrontUrl()}/en/products`)
    const english = page.getByRole("combobox", { name: "Search products" })
    await english.fill("heishanyang")
    const first = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first()
    await first.waitFor()
    expect(await first.innerText()).toMatch(/goat[\s\S]*CN¥\d/i)
    await first.click()
    await page.waitForURL(/\/en\/products\/[^/?]+$/)
    expect((await page.locator("h1").innerText()).toLowerCase()).toContain("goat")
    await page.close()
  })

  it("says which price is wrong and keeps what the buyer typed", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    await page.goto(`${storefrontUrl()}/zh-CN/products?category=chestnut`)
    await openFilters(page)
    await page.getByLabel("最低价（元）").fill("200")
    await page.getByLabel("最高价（元）").fill("5O")
    await page.getByRole("button", { name: "按价格筛选" }).click()
    await page.waitForURL((url) => url.searchParams.get("price_max") === "5O" && url.searchParams.get("category") === "chestnut")
    // Scoped to the form: Next's route announcer is an alert too.
    const priceAlert = page.locator("form.price-form").getByRole("alert")
    await expect(priceAlert.innerText()).resolves.toContain("最高价（元）请填写金额数字")
    expect(await page.getByLabel("最低价（元）").inputValue()).toBe("200")
    expect(await page.getByLabel("最高价（元）").inputValue()).toBe("5O")
    expect(await page.getByLabel("最高价（元）").getAttribute("aria-invalid")).toBe("true")
    expect(await resultCount(page)).toBeGreaterThan(0)
    await page.screenshot({ path: screenshotPath("search-price-error"), fullPage: true })

    await page.getByLabel("最高价（元）").fill("99.99")
    await page.getByLabel("最低价（元）").fill("50")
    await page.getByRole("button", { name: "按价格筛选" }).click()
    await page.waitForURL((url) => url.searchParams.get("price_max") === "99.99")
    expect(await priceAlert.count()).toBe(0)
    // The price filter, like the sort, goes by a product's lowest size price ("¥60.00 起").
    const prices = (await page.locator("article.product-card .price strong").allInnerTexts()).map((p) => Number(p.replace(/[¥,\s起]/g, "")))
    expect(prices.length).toBeGreaterThan(0)
    expect(prices.every((price) => price >= 50 && price <= 99.99)).toBe(true)
    await page.close()
  })
})

describe("the search page, drawn in the browser", () => {
  const results = (path: string) => fetch(`${storefrontUrl()}${path}`)

  it("gets its results from the front's search of Meilisearch, named in both languages, and refuses a bad query", async () => {
    const answer = await results(`/en/search/results?q=${encodeURIComponent("板栗")}&limit=24&grade=special`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get("x-search-results")).toBe("meilisearch")
    const { result, labels } = await answer.json()
    expect(result.count).toBeGreaterThan(0)
    expect(result.hits.every((hit: { grade: { code: string } }) => hit.grade.code === "special")).toBe(true)
    // Every seller the facet counts is named, also those no card on the page shows.
    for (const { value } of result.facets.seller) expect([value, labels.seller[value]?.name]).toEqual([value, expect.any(String)])
    expect(labels.grade.special).toEqual({ name: "特级", name_en: "Premium grade" })
    // What the catalogue refuses reaches Next's route, which names the field.
    const refused = await results("/zh-CN/search/results?q=tea&limit=1000")
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toMatch(/^limit: /)
    expect((await results("/zh-CN/search/results?q=tea&shop=1")).status).toBe(400)
  })

  it("says when the search failed and searches again when asked", async () => {
    const page = await browser().newPage({ ...PHONE, locale: "zh-CN" })
    let failing = true
    await page.route("**/search/results?*", (route) => (failing ? route.fulfill({ status: 502, body: "{}" }) : route.continue()))
    await page.goto(`${storefrontUrl()}/zh-CN/products?q=${encodeURIComponent("茯苓")}`)
    const alert = page.locator("main").getByRole("alert")
    await expect(alert.innerText()).resolves.toContain("商城暂时无法连接")
    expect(await page.locator("h1").innerText()).toBe("搜索“茯苓”")
    expect(await page.title()).toMatch(/^搜索“茯苓” · /)
    failing = false
    await page.getByRole("button", { name: "重试" }).click()
    expect((await cardTitles(page)).some((title) => title.includes("茯苓"))).toBe(true)
    expect(await alert.count()).toBe(0)
    // Another search from the page's own box: drawn without loading the page again, named after its words.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    await page.getByRole("combobox", { name: "搜索商品" }).fill("天麻")
    await page.getByRole("combobox", { name: "搜索商品" }).press("Enter")
    await page.waitForURL((url) => url.searchParams.get("q") === "天麻")
    expect((await cardTitles(page)).some((title) => title.includes("天麻"))).toBe(true)
    expect(await page.title()).toMatch(/^搜索“天麻” · /)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    await page.close()
  })

  it("leads a buyer without JavaScript to the category pages, which need none", async () => {
    const context = await browser().newContext({ ...PHONE, locale: "zh-CN", javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${storefrontUrl()}/zh-CN/products?q=${encodeURIComponent("板栗")}`)
    await expect(page.locator("main").innerText()).resolves.toContain("搜索结果需要浏览器启用 JavaScript")
    // Not "searching…" for ever: nothing will draw the results.
    expect(await page.getByText("正在搜索…").isVisible()).toBe(false)
    await page.locator("main").getByRole("link", { name: "罗田板栗" }).click()
    await page.waitForURL((url) => url.searchParams.get("category") === "chestnut")
    expect(await page.locator("h1").innerText()).toBe("罗田板栗")
    expect(await page.locator("article.product-card").count()).toBeGreaterThan(0)
    await context.close()
  })
})
