type Api = { get: Function; post: Function }

export const ADDRESS = {
  first_name: "明",
  last_name: "李",
  address_1: "中关村大街 27 号",
  city: "北京市",
  province: "北京市",
  postal_code: "100080",
  country_code: "cn",
  phone: "13800138000",
}

type Store = { headers: Record<string, string> }
type Items = { variant_id: string; quantity: number }[]

/** The header in which a guest proves a purchase is theirs: the id of the cart they completed into it. */
export const PURCHASE_CART_HEADER = "x-purchase-cart-id"

/** The store's headers as the guest who completed the cart sends them to read their purchase. */
export const asBuyer = (store: Store, cartId: string): Store => ({ headers: { ...store.headers, [PURCHASE_CART_HEADER]: cartId } })

/**
 * Buys the given variants as a guest in mainland China, paying at the village station (Medusa's system provider).
 * Medusa's answer, with the completed cart's id: the guest's only way to read the purchase afterwards.
 */
export async function checkout(api: Api, store: Store, items: Items) {
  const cartId = await readyCart(api, store, items)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  return { ...completed, cartId }
}

/** A cart with address, delivery and a payment session, ready to complete. */
export async function readyCart(api: Api, store: Store, items: Items, provider_id = "pp_system_default", email = "buyer@example.cn"): Promise<string> {
  const { data: regions } = await api.get("/store/regions", store)
  const region = regions.regions.find((r: any) => r.currency_code === "cny")
  let { data } = await api.post("/store/carts", { region_id: region.id, email, items }, store)
  const cartId = data.cart.id
  await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
  // One delivery per seller: each seller ships its own share.
  const { data: delivery } = await api.get(`/store/carts/${cartId}/deliveries`, store)
  for (const { options } of delivery.deliveries) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0].id }, store)
  }
  ;({ data } = await api.post("/store/payment-collections", { cart_id: cartId }, store))
  await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id }, store)
  return cartId
}
