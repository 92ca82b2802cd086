import type { Page } from "playwright-core"
import { associationToken, backendFetch, sellerAccount, storefrontUrl } from "./browser"
import { ADDRESS } from "./checkout"

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

type Size = { variant_id: string; net_weight_g: number; price_cny: number | null; stock: number; in_stock: boolean }
type Card = { id: string; handle: string; title: string; title_en: string; price_cny: number | null; stock: number; sizes: Size[]; seller: { handle: string; name: string; name_en: string } }

/**
 * A product of the store as a buyer first meets it on its page: the size the page starts on (the lightest one in
 * stock and priced), with that size's price, stock and name ("2.5kg", as cart and order lines name it).
 */
export type Listing = Omit<Card, "price_cny"> & { price_cny: number; size: string; variant_id: string }

/** A pack size's name as the backend gives its variant: "2.5kg", "250g". */
export const sizeName = (grams: number) => (grams >= 1000 ? `${grams / 1000}kg` : `${grams}g`)

const atDefaultSize = (card: Card, stock = 1): Listing | null => {
  const size = card.sizes.find((s) => s.in_stock && s.price_cny !== null)
  if (!size || size.stock < stock) return null
  return { ...card, price_cny: size.price_cny!, stock: size.stock, size: sizeName(size.net_weight_g), variant_id: size.variant_id }
}

/** A product of the store as its catalogue card shows it (seller, sizes), at the size its page starts on. */
export async function listing(handle: string): Promise<Listing> {
  const { product } = await backendFetch(`/store/catalogue/${encodeURIComponent(handle)}`, { headers: await storeHeaders() })
  const shown = atDefaultSize(product)
  if (!shown) throw new Error(`${handle} has no size in stock`)
  return shown
}

/** The first listing of a seller whose starting size has at least `stock` left, cheapest first. */
export async function listingOf(seller: string, stock = 10): Promise<Listing> {
  const { hits } = await backendFetch(`/store/catalogue?seller=${seller}&in_stock=true&sort=price_asc&limit=50`, { headers: await storeHeaders() })
  const hit = hits.map((h: Card) => atDefaultSize(h, stock)).find(Boolean)
  if (!hit) throw new Error(`${seller} has no listing with ${stock} in stock`)
  return hit
}

/** How many of a one-size listing buyers can still take (stock less what placed orders hold). */
export async function available(handle: string): Promise<number> {
  const { products } = await backendFetch(`/store/products?handle=${encodeURIComponent(handle)}&fields=variants.inventory_quantity`, { headers: await storeHeaders() })
  return products[0].variants[0].inventory_quantity
}

export async function sellerToken(handle: string) {
  const { email, password } = sellerAccount(handle)
  return (await backendFetch<{ token: string }>("/auth/seller/emailpass", { method: "POST", body: { email, password } })).token
}

/** A seeded seller's own one-size listing by handle, with its stocked quantity and CNY price, and ways to change them. */
export async function ownListing(seller: string, handle: string) {
  const token = await sellerToken(seller)
  const { products } = await backendFetch("/vendors/me/products", { token })
  const product = products.find((p: { handle: string }) => p.handle === handle)
  if (!product) throw new Error(`${seller} has no listing ${handle}`)
  if (product.variants.length !== 1) throw new Error(`${handle} has ${product.variants.length} sizes, not one`)
  const variant = product.variants[0]
  return {
    id: product.id as string,
    stocked: variant.inventory_items[0].inventory.location_levels[0].stocked_quantity as number,
    price: variant.prices.find((p: { currency_code: string }) => p.currency_code === "cny").amount as number,
    setStock: (stock: number) => backendFetch(`/vendors/me/products/${product.id}/stock`, { method: "POST", token, body: { variant_id: variant.id, stock } }),
    setPrice: (price_cny: number) =>
      backendFetch(`/vendors/me/products/${product.id}`, { method: "POST", token, body: { sizes: [{ variant_id: variant.id, price_cny }] } }),
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

/** A buyer checking out: a guest, or signed in with `token`; the address the checkout form would send. */
type Buyer = { token?: string; address?: Record<string, string> }

/** The store's routes over HTTP as a buyer: a guest, or signed in with `token`. */
async function asBuyer(token?: string) {
  const headers = await storeHeaders()
  return (path: string, body?: unknown) => backendFetch(path, { method: body ? "POST" : "GET", body, headers, token })
}

/**
 * Checks a cart out over HTTP as a buyer's checkout does: the address, each seller's first delivery option, paid at
 * the station. Answers the placed order and the delivery charged, in fen.
 */
export async function checkOutCart(cartId: string, { token, address = ADDRESS }: Buyer = {}) {
  const call = await asBuyer(token)
  await call(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address })
  const { deliveries } = await call(`/store/carts/${cartId}/deliveries`)
  let shippingCents = 0
  for (const { options } of deliveries) {
    await call(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0].id })
    shippingCents += Math.round(options[0].amount * 100)
  }
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cartId })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const { order } = await call(`/store/carts/${cartId}/complete`, {})
  return { order, shippingCents }
}

/** A purchase of `quantity` packs of one size in CNY, paid at the station: a guest's (with `email`) or a signed-in buyer's. */
export async function stationPurchase(variant_id: string, { email, quantity = 1, ...buyer }: Buyer & { email?: string; quantity?: number }) {
  const call = await asBuyer(buyer.token)
  const { regions } = await call("/store/regions")
  const region_id = regions.find((r: any) => r.currency_code === "cny").id
  const { cart } = await call("/store/carts", { region_id, ...(email && { email }), items: [{ variant_id, quantity }] })
  return (await checkOutCart(cart.id, buyer)).order
}
