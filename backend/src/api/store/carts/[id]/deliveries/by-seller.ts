import { bySeller } from "../../../../../lib/delivery"

type Seller = { id: string; handle: string; name: string; name_en: string | null }
type Cart = {
  items: { id: string; product: { shipping_profile: { id: string } | null; seller: Seller | null } | null }[]
  shipping_methods: { shipping_option_id: string | null }[]
}
// Medusa's options also say whether their location stocks the whole cart, which a seller's location never does
// when the cart holds other sellers' goods; stock is checked per item when the cart is completed instead.
type Option = { id: string; name: string; amount: number; shipping_profile_id: string }

/** Pure: a cart's items by seller (lib/delivery.ts) with the shipping options of that seller's profile. */
export function deliveriesBySeller(cart: Cart, options: Option[]) {
  const chosen = new Set(cart.shipping_methods.map((method) => method.shipping_option_id))
  const lines = cart.items.flatMap(({ id, product }) =>
    product?.seller && product.shipping_profile ? [{ id, seller: product.seller, seller_id: product.seller.id, shipping_profile_id: product.shipping_profile.id }] : []
  )
  return bySeller(lines).map(({ profiles, lines }) => {
    const own = options.filter((option) => profiles.has(option.shipping_profile_id))
    return {
      seller: lines[0].seller,
      shipping_profile_id: lines[0].shipping_profile_id,
      item_ids: lines.map((line) => line.id),
      options: own.map(({ id, name, amount }) => ({ id, name, amount })),
      selected_option_id: own.find((option) => chosen.has(option.id))?.id ?? null,
    }
  })
}
