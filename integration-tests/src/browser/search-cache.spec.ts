import { backendFetch, chromiumForSuite, storefrontUrl } from "../support/browser"
import { eventually } from "../support/eventually"
import { sellerToken } from "../support/shop"

jest.setTimeout(180_000)

const browser = chromiumForSuite()
const SELLER = "wang-family-herbs"

/**
 * What the storefront answers for a page, whether Next served it from its full-route cache, and whether the front
 * (storefront/front) answered with a page it kept, whose headers are those of Next's answer it kept.
 */
async function get(path: string) {
  const response = await fetch(`${storefrontUrl()}${path}`)
  const front = response.headers.get("x-page-cache")
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), kept: front === "HIT" || front === "STALE", html: await response.text() }
}

// Search and category pages are cached per state of their query (the middleware rewrites them to a cached route):
// a buyer gets the stored page, and a seller's change still reaches it at once through the backend's revalidation.
describe("cached search pages", () => {
  it("serve a query's second visit from the cache, whatever order its parameters come in", async () => {
    // A price limit no other run asked for: this state's page has never been rendered.
    const limit = 5000 + Math.floor(Math.random() * 4000)
    const first = await get(`/zh-CN/products?seller=${SELLER}&price_max=${limit}&sort=newest`)
    expect(first.status).toBe(200)
    expect(first.cache).toBe("MISS")
    expect(first.html).toContain("汪家茯苓")
    const again = await get(`/zh-CN/products?sort=newest&price_max=${limit}&seller=${SELLER}&utm_source=wechat`)
    expect(again.cache).toBe("HIT")
    expect(again.html).toBe(first.html)
    // The cached page's internal address is not one a buyer keeps: it leads back to the query's own.
    const internal = await fetch(`${storefrontUrl()}/zh-CN/s`, { redirect: "manual" })
    expect(internal.status).toBe(307)
    expect(new URL(internal.headers.get("location")!, storefrontUrl()).pathname).toBe("/zh-CN/products")
  })

  it("show a seller's price change after the backend revalidates them", async () => {
    const token = await sellerToken(SELLER)
    const { products } = await backendFetch("/vendors/me/products", { token })
    const [product] = products
    expect(product.variants).toHaveLength(1)
    const [variant] = product.variants
    const price: number = variant.prices.find((p: { currency_code: string }) => p.currency_code === "cny").amount
    const setPrice = (price_cny: number) =>
      backendFetch(`/vendors/me/products/${product.id}`, { method: "POST", token, body: { sizes: [{ variant_id: variant.id, price_cny }] } })
    const path = `/zh-CN/products?seller=${SELLER}`
    const page = await browser().newPage({ viewport: { width: 360, height: 780 }, locale: "zh-CN" })
    const card = page.locator("article.product-card", { has: page.locator(`a[href$="/products/${product.handle}"]`) })
    const shownPrice = async () => {
      await page.goto(`${storefrontUrl()}${path}`)
      return (await card.locator(".price strong").innerText()).replace(/[,\s]/g, "")
    }
    const yuan = (amount: number) => `¥${amount.toFixed(2)}`
    try {
      await expect(shownPrice()).resolves.toContain(yuan(price))
      const again = await get(path)
      expect(again.kept || again.cache === "HIT").toBe(true)
      await setPrice(price + 1)
      await eventually(async () => expect(await shownPrice()).toContain(yuan(price + 1)))
    } finally {
      await setPrice(price)
    }
    await eventually(async () => expect(await shownPrice()).toContain(yuan(price)))
    await page.close()
  })
})
