import { backendFetch, chromiumForSuite, screenshotPath, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"
import { sellerToken } from "../support/shop"

jest.setTimeout(180_000)

const browser = chromiumForSuite()

// Product pages are cached for minutes; a seller's change must reach buyers at once through the backend's call
// to the storefront, not when the cache runs out.
describe("cached product pages", () => {
  it("show a seller's stock change at once", async () => {
    const token = await sellerToken("wang-family-herbs")
    const { products } = await backendFetch("/vendors/me/products", { token })
    const [product] = products
    // The household's listings come in one size each: the page's stock is that size's.
    expect(product.variants).toHaveLength(1)
    const [variant] = product.variants
    const stocked: number = variant.inventory_items[0].inventory.location_levels[0].stocked_quantity
    const setStock = (stock: number) =>
      backendFetch(`/vendors/me/products/${product.id}/stock`, { method: "POST", token, body: { variant_id: variant.id, stock } })
    const page = await browser().newPage({ viewport: { width: 360, height: 780 }, locale: "zh-CN" })
    const url = `${storefrontUrl()}/zh-CN/products/${encodeURIComponent(product.handle)}`
    const stockShown = async () => {
      await page.goto(url)
      return page.locator(".product-facts").innerText()
    }
    try {
      await expect(stockShown()).resolves.toContain("有货")
      await setStock(0)
      await eventually(async () => expect(await stockShown()).toContain("暂时缺货"))
      await page.screenshot({ path: screenshotPath("revalidate-out-of-stock"), fullPage: true })
    } finally {
      await setStock(stocked)
    }
    await eventually(async () => expect(await stockShown()).toContain("有货"))
    await page.close()
  })

  it("refresh only when the backend asks with the shared secret", async () => {
    const ask = (headers: Record<string, string>, tags: unknown) =>
      fetch(`${storefrontUrl()}/api/revalidate`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ tags }) })
    expect((await ask({}, ["catalogue"])).status).toBe(401)
    expect((await ask({ "x-revalidate-secret": "guess" }, ["catalogue"])).status).toBe(401)
  })
})
