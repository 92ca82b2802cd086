import { STATION_PICKUP_CODE } from "@luotian/contract"
import { bySeller } from "../../../../../lib/delivery"

type Seller = { id: string; handle: string; name: string; name_en: string | null }
type Cart = {
  items: { id: string; created_at?: string | Date | null; product: { shipping_profile: { id: string } | null; seller: Seller | null } | null }[]
  shipping_methods: { shipping_option_id: string | null; data?: Record<string, unknown> | null }[]
}
// Medusa's options also say whether their location stocks the whole cart, which a seller's location never does
// when the cart holds other sellers' goods; stock is checked per item when the cart is completed instead.
type Option = { id: string; name: string; amount: number; shipping_profile_id: string; type?: { code?: string | null } | null }

// Courier first, then pickup at a station (which asks the buyer for a station too).
const kindOf = (option: Option) => (option.type?.code === STATION_PICKUP_CODE ? "station_pickup" : "courier")

const addedAt = (item: Cart["items"][number]) => (item.created_at ? new Date(item.created_at).getTime() : 0)

/**
 * Pure: a cart's items by seller (lib/delivery.ts) with the shipping options of that seller's profile; sellers in
 * the order the buyer first added their goods (Query returns a cart's items in no set order).
 */
export function deliveriesBySeller(cart: Cart, options: Option[]) {
  const chosen = new Set(cart.shipping_methods.map((method) => method.shipping_option_id))
  const items = [...cart.items].sort((a, b) => addedAt(a) - addedAt(b) || a.id.localeCompare(b.id))
  const lines = items.flatMap(({ id, product }) =>
    product?.seller && product.shipping_profile ? [{ id, seller: product.seller, seller_id: product.seller.id, shipping_profile_id: product.shipping_profile.id }] : []
  )
  return bySeller(lines).map(({ profiles, lines }) => {
    const own = options.filter((option) => profiles.has(option.shipping_profile_id))
    const selected = own.find((option) => chosen.has(option.id))
    const method = cart.shipping_methods.find((m) => m.shipping_option_id === selected?.id)
    return {
      seller: lines[0].seller,
      shipping_profile_id: lines[0].shipping_profile_id,
      item_ids: lines.map((line) => line.id),
      options: own
        .map((option) => ({ id: option.id, name: option.name, amount: option.amount, kind: kindOf(option) }))
        .sort((a, b) => Number(a.kind === "station_pickup") - Number(b.kind === "station_pickup")),
      selected_option_id: selected?.id ?? null,
      selected_station_id: typeof method?.data?.station_id === "string" ? method.data.station_id : null,
    }
  })
}
