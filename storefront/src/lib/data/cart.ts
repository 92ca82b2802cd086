import { medusa } from "./client"
import { cartId, customerToken, setCartId } from "./cookies"

type Amount = number | string

export type CartItem = {
  id: string
  /** The product's title as bought, in Chinese; `variant_title` is its pack size ("2.5kg"). */
  title: string
  variant_title: string | null
  quantity: number
  unit_price: Amount
  subtotal: Amount
  total: Amount
  thumbnail: string | null
  product_id: string
  product_handle: string | null
  variant_id: string
  product: { metadata: Record<string, unknown> | null } | null
}

export type ShippingMethod = { id: string; shipping_option_id: string | null; name: string; amount: Amount; total: Amount }

export type Cart = {
  id: string
  email: string | null
  region_id: string
  currency_code: string
  completed_at: string | null
  total: Amount
  item_total: Amount
  shipping_total: Amount
  items: CartItem[]
  shipping_methods: ShippingMethod[]
  shipping_address: Record<string, string | null> | null
  payment_collection: { id: string } | null
}

/** GET /store/carts/:id/deliveries: one seller's items and the options it ships them with. */
export type Delivery = {
  seller: { id: string; handle: string; name: string; name_en: string | null }
  shipping_profile_id: string
  item_ids: string[]
  options: { id: string; name: string; amount: Amount; kind: "courier" | "station_pickup" }[]
  selected_option_id: string | null
  selected_station_id: string | null
}

const CART_FIELDS = [
  "id,email,region_id,currency_code,completed_at,total,item_total,shipping_total",
  "items.id,items.title,items.variant_title,items.quantity,items.unit_price,items.subtotal,items.total,items.thumbnail",
  "items.product_id,items.product_handle,items.variant_id,*items.product",
  "shipping_methods.id,shipping_methods.shipping_option_id,shipping_methods.name,shipping_methods.amount,shipping_methods.total",
  "*shipping_address,payment_collection.id",
].join(",")

type Call = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

/** A store call as this buyer, never cached: a logged-in customer's token rides along so the cart is theirs. */
export async function asBuyer<T>(path: string, { method = "GET", body, query }: Call = {}): Promise<T> {
  const token = await customerToken()
  return medusa().client.fetch<T>(path, {
    method,
    body,
    query,
    cache: "no-store",
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

// 404: the cart is gone; 401/403: it belongs to a customer this browser is no longer logged in as.
const isNotOurs = (error: unknown) => [401, 403, 404].includes((error as { status?: number }).status ?? 0)

export async function cartById(id: string): Promise<Cart> {
  return (await asBuyer<{ cart: Cart }>(`/store/carts/${encodeURIComponent(id)}`, { query: { fields: CART_FIELDS } })).cart
}

/** The browser's open cart, or null when it has none (none yet, gone, or already placed). Outages throw. */
export async function openCart(): Promise<Cart | null> {
  const id = await cartId()
  if (!id) return null
  try {
    const cart = await cartById(id)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotOurs(error)) return null
    throw error
  }
}

export async function deliveriesOf(cart: Pick<Cart, "id">): Promise<Delivery[]> {
  return (await asBuyer<{ deliveries: Delivery[] }>(`/store/carts/${cart.id}/deliveries`)).deliveries
}

/** The mainland China region (CNY), where the store's carts are made. */
async function cnyRegionId(): Promise<string> {
  const { regions } = await medusa().client.fetch<{ regions: { id: string; currency_code: string }[] }>("/store/regions", {
    query: { fields: "id,currency_code" },
    next: { revalidate: 3600 },
  })
  const region = regions.find((r) => r.currency_code === "cny")
  if (!region) throw new Error("The store has no CNY region")
  return region.id
}

/** The open cart, or a new one in mainland China remembered in the cart cookie. */
export async function ensureCart(): Promise<Cart> {
  const open = await openCart()
  if (open) return open
  const { cart } = await asBuyer<{ cart: Cart }>("/store/carts", { method: "POST", body: { region_id: await cnyRegionId() }, query: { fields: "id" } })
  await setCartId(cart.id)
  return cartById(cart.id)
}

export async function addLineItem(cart: Pick<Cart, "id">, variantId: string, quantity: number) {
  await asBuyer(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity }, query: { fields: "id" } })
}

export async function setItemQuantity(cart: Pick<Cart, "id">, itemId: string, quantity: number) {
  await asBuyer(`/store/carts/${cart.id}/line-items/${encodeURIComponent(itemId)}`, { method: "POST", body: { quantity }, query: { fields: "id" } })
}

export async function removeLineItem(cart: Pick<Cart, "id">, itemId: string) {
  await asBuyer(`/store/carts/${cart.id}/line-items/${encodeURIComponent(itemId)}`, { method: "DELETE" })
}

/**
 * Sets a seller's delivery. Medusa keeps one method per shipping profile (one per seller here): adding an option
 * of a profile replaces the method that profile had, so choosing again never charges twice. Pickup at a station
 * names the station.
 */
export async function chooseShippingOption(cart: Pick<Cart, "id">, optionId: string, stationId?: string) {
  const body = stationId ? { option_id: optionId, data: { station_id: stationId } } : { option_id: optionId }
  await asBuyer(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body, query: { fields: "id" } })
}

/** How many of each variant can still be bought (Medusa's inventory_quantity for the store's sales channel). */
export async function availableQuantities(productIds: string[]): Promise<Map<string, number>> {
  const { products } = await asBuyer<{ products: { variants: { id: string; inventory_quantity: number | null }[] }[] }>("/store/products", {
    query: { id: productIds, fields: "id,variants.id,variants.inventory_quantity", limit: productIds.length },
  })
  return new Map(products.flatMap((p) => p.variants.map((v) => [v.id, Math.max(v.inventory_quantity ?? 0, 0)] as const)))
}
