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

/** Buys the given variants as a guest in mainland China, paying at the village station (Medusa's system provider). */
export async function checkout(api: Api, store: { headers: Record<string, string> }, items: { variant_id: string; quantity: number }[]) {
  const { data: regions } = await api.get("/store/regions", store)
  const region = regions.regions.find((r: any) => r.currency_code === "cny")
  let { data } = await api.post("/store/carts", { region_id: region.id, email: "buyer@example.cn", items }, store)
  const cartId = data.cart.id
  await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  ;({ data } = await api.post("/store/payment-collections", { cart_id: cartId }, store))
  await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  return completed
}
