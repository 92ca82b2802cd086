import { associationToken, backendFetch, backendUrl, chromiumForSuite, loginToAdmin, screenshotPath, searchDrawn, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"

// The admin compiles on its first visit in development mode, hence the generous waits.
jest.setTimeout(300_000)

const browser = chromiumForSuite()

describe("search synonyms", () => {
  it("lets the association add a group that buyers' searches then use, and remove it", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await loginToAdmin(page)
    await page.goto(`${backendUrl()}/app/search-synonyms`)
    const region = page.getByRole("region", { name: "搜索同义词 · Search synonyms" })
    await region.getByRole("row", { name: "栗子 板栗 毛栗 chestnut chestnuts" }).waitFor({ timeout: 120_000 })

    // 赤箭, the classical name of gastrodia (天麻), is in no listing.
    await region.getByLabel("新词组（逗号分隔） New group, words separated by commas").fill("赤箭，天麻, Tall Gastrodia")
    await region.getByRole("button", { name: "添加 Add" }).click()
    const row = region.getByRole("row", { name: "赤箭 天麻 tall gastrodia" })
    await row.waitFor({ timeout: 30_000 })
    await page.screenshot({ path: screenshotPath("admin-search-synonyms"), fullPage: true })

    // The buyer's search finds the gastrodia for 赤箭 once the engine has the group (within seconds).
    const token = await associationToken()
    const { api_keys } = await backendFetch("/admin/api-keys?type=publishable", { token })
    const headers = { "x-publishable-api-key": api_keys[0].token }
    await eventually(async () => {
      const { hits } = await backendFetch(`/store/catalogue?q=${encodeURIComponent("赤箭")}`, { headers })
      expect(hits[0]?.title).toContain("天麻")
    })
    const shop = await browser().newPage({ viewport: { width: 360, height: 780 } })
    await shop.goto(`${storefrontUrl()}/zh-CN/products?q=${encodeURIComponent("赤箭")}`)
    await searchDrawn(shop)
    expect((await shop.locator("article.product-card h3").allInnerTexts())[0]).toContain("天麻")
    await shop.close()

    await row.getByRole("button", { name: "删除 Remove" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "删除 Remove" }).click()
    await row.waitFor({ state: "detached", timeout: 30_000 })
    await eventually(async () => expect((await backendFetch(`/store/catalogue?q=${encodeURIComponent("赤箭")}`, { headers })).count).toBe(0))
    await page.close()
  })
})
