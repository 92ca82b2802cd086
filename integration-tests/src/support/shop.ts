import type { Page } from "playwright-core"
import { associationToken, backendFetch, sellerAccount, storefrontUrl } from "./browser"

// Page helpers for a buyer in the storefront (add to cart, check out at the station) and the HTTP set-up around
// them (the store's key, a listing's price and stock, a seller's login), for any browser suite.

/** A buyer's Chinese address as the checkout form takes it. */
export type ShopAddress = { email: string; name: string; province: string; city: string; district: string; detail: string; phone: string }

export const BUYER: ShopAddress = {
  email: "li.ming@example.cn",
  name: "李明",
  province: "湖北省",
  city: "黄冈市",
  district: "罗田县",
  detail: "凤山镇义水北路 8 号 2 单元 301",
  phone: "13800138000",
}

/** Exact money as the shop prints it in Chinese: 29200n → "¥292.00", 123456n → "¥1,234.56". */
export function yuan(cents: bigint, prefix = "¥") {
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${prefix}${whole}.${(cents % 100n).toString().padStart(2, "0")}`
}

/** A decimal price from the backend (92, 42.5) in cents, without floating-point sums. */
export const cents = (amount: number | string) => {
  const [whole, fraction = ""] = String(amount).split(".")
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2))
}

let key: string | undefined
/** The store's publishable key header, for store routes called beside the browser. */
export async function storeHeaders() {
  key ??= (await backendFetch("/admin/api-keys?type=publishable", { token: await associationToken() })).api_keys[0].token as string
  return { "x-publishable-api-key": key }
}

export type Listing = { id: string; handle: string; title: string; title_en: string; price_cny: number; stock: number; seller: { handle: string; name: string; name_en: string } }

/** A product of the store as its catalogue card shows it (price, stock, seller). */
export const listing = async (handle: string): Promise<Listing> =>
  (await backendFetch(`/store/catalogue/${encodeURIComponent(handle)}`, { headers: await storeHeaders() })).product

/** The first listing of a seller in stock with at least `stock` left, cheapest first. */
export async function listingOf(seller: string, stock = 10): Promise<Listing> {
  const { hits } = await backendFetch(`/store/catalogue?seller=${seller}&in_stock=true&sort=price_asc&limit=50`, { headers: await storeHeaders() })
  const hit = hits.find((h: Listing) => h.stock >= stock && h.price_cny !== null)
  if (!hit) throw new Error(`${seller} has no listing with ${stock} in stock`)
  return hit
}

/** How many of a listing buyers can still take (stock less what placed orders hold). */
export async function available(handle: string): Promise<number> {
  const { products } = await backendFetch(`/store/products?handle=${encodeURIComponent(handle)}&fields=variants.inventory_quantity`, { headers: await storeHeaders() })
  return products[0].variants[0].inventory_quantity
}

export async function sellerToken(handle: string) {
  const { email, password } = sellerAccount(handle)
  return (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
}

/** A seeded seller's own listing by handle, with its stocked quantity and CNY price, and ways to change them. */
export async function ownListing(seller: string, handle: string) {
  const token = await sellerToken(seller)
  const { products } = await backendFetch("/vendors/me/products?limit=100", { token })
  const product = products.find((p: { handle: string }) => p.handle === handle)
  if (!product) throw new Error(`${seller} has no listing ${handle}`)
  const variant = product.variants[0]
  return {
    id: product.id as string,
    stocked: variant.inventory_items[0].inventory.location_levels[0].stocked_quantity as number,
    price: variant.prices.find((p: { currency_code: string }) => p.currency_code === "cny").amount as number,
    setStock: (stock: number) => backendFetch(`/vendors/me/products/${product.id}/stock`, { method: "POST", token, body: { stock } }),
    setPrice: (price_cny: number) => backendFetch(`/vendors/me/products/${product.id}`, { method: "POST", token, body: { price_cny } }),
  }
}

const shop = (locale: string, path: string) => `${storefrontUrl()}/${locale}${path}`

/** Opens a product's page and adds `quantity` of it; resolves once the page says it is in the cart. */
export async function addToCart(page: Page, handle: string, quantity = 1, locale = "zh-CN") {
  await page.goto(shop(locale, `/products/${encodeURIComponent(handle)}`))
  await page.locator("#add-quantity").fill(String(quantity))
  await page.locator(".add-to-cart button[type=submit]").click()
  await page.locator(".add-to-cart .added").waitFor()
}

/** Fills the checkout's contact and Chinese address fields. */
export async function fillAddress(page: Page, address: ShopAddress) {
  await page.locator("#checkout-email").fill(address.email)
  await page.locator("#checkout-name").fill(address.name)
  await page.locator("#checkout-province").selectOption(address.province)
  await page.locator("#checkout-city").fill(address.city)
  await page.locator("#checkout-district").fill(address.district)
  await page.locator("#checkout-detail").fill(address.detail)
  await page.locator("#checkout-phone").fill(address.phone)
}

/** Presses "place order" on the open checkout page. */
export const placeOrder = (page: Page) => page.locator(".checkout-form button[type=submit]").click()

/**
 * Checks the page's cart out to the address, paying at the station (each seller's first delivery where none is
 * chosen yet); resolves on the confirmation page with the purchase's id.
 */
export async function checkoutAtStation(page: Page, address: ShopAddress = BUYER, locale = "zh-CN"): Promise<string> {
  await page.goto(shop(locale, "/checkout"))
  await fillAddress(page, address)
  await page.locator('input[name="payment"][value="pp_system_default"]').check()
  await placeOrder(page)
  await page.waitForURL(/\/orders\/[^/]+\/confirmed$/)
  return decodeURIComponent(new URL(page.url()).pathname.split("/")[3])
}
