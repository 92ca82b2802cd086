type Seller = { id: string; handle: string; name: string; name_en: string | null }
type Cart = {
  items: { id: string; product: { shipping_profile: { id: string } | null; seller: Seller | null } | null }[]
  shipping_methods: { shipping_option_id: string | null }[]
}
// Medusa's options also say whether their location stocks the whole cart, which a seller's location never does
// when the cart holds other sellers' goods; stock is checked per item when the cart is completed instead.
type Option = { id: string; name: string; amount: number; shipping_profile_id: string }

/** Pure: groups a cart's items by seller with the shipping options of that seller's profile. */
export function deliveriesBySeller(cart: Cart, options: Option[]) {
  const chosen = new Set(cart.shipping_methods.map((method) => method.shipping_option_id))
  const groups = new Map<string, { seller: Seller; shipping_profile_id: string; item_ids: string[] }>()
  for (const item of cart.items) {
    const seller = item.product?.seller
    const profile = item.product?.shipping_profile?.id
    if (!seller || !profile) continue
    const group = groups.get(seller.id) ?? { seller, shipping_profile_id: profile, item_ids: [] }
    group.item_ids.push(item.id)
    groups.set(seller.id, group)
  }
  return [...groups.values()].map((group) => {
    const own = options.filter((option) => option.shipping_profile_id === group.shipping_profile_id)
    return {
      ...group,
      options: own.map(({ id, name, amount }) => ({ id, name, amount })),
      selected_option_id: own.find((option) => chosen.has(option.id))?.id ?? null,
    }
  })
}
