import { toCents } from "../../lib/util/money"

type Amount = number | string
type Item = { id: string; subtotal: Amount }
type Option = { id: string; name: string; amount: Amount }
type Seller = { id: string; handle: string; name: string; name_en: string | null }
type Delivery<O extends Option> = { seller: Seller; item_ids: string[]; options: O[]; selected_option_id: string | null; selected_station_id?: string | null }

export type SellerGroup<I extends Item, O extends Option> = {
  /** null for items the backend could not place with a seller, shown rather than lost. */
  seller: Seller | null
  items: I[]
  options: O[]
  selected: O | null
  /** The station chosen for pickup, when the delivery is pickup at a station. */
  selectedStationId: string | null
  /** Sum of Medusa's line subtotals, in exact cents. */
  subtotalCents: bigint
}

const sumCents = (items: Item[]) => items.reduce((sum, item) => sum + toCents(item.subtotal), 0n)

/** The cart's items in the order of the backend's per-seller deliveries, each group with its options and choice. */
export function sellerGroups<I extends Item, O extends Option>(items: I[], deliveries: Delivery<O>[]): SellerGroup<I, O>[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  const groups = deliveries.map((delivery): SellerGroup<I, O> => {
    const own = delivery.item_ids.flatMap((id) => byId.get(id) ?? [])
    return {
      seller: delivery.seller,
      items: own,
      options: delivery.options,
      selected: delivery.options.find((option) => option.id === delivery.selected_option_id) ?? null,
      selectedStationId: delivery.selected_station_id ?? null,
      subtotalCents: sumCents(own),
    }
  })
  const placed = new Set(deliveries.flatMap((delivery) => delivery.item_ids))
  const rest = items.filter((item) => !placed.has(item.id))
  if (rest.length) groups.push({ seller: null, items: rest, options: [], selected: null, selectedStationId: null, subtotalCents: sumCents(rest) })
  return groups.filter((group) => group.items.length)
}

/** Every seller has a delivery chosen (the cart can only be completed then). */
export const allDeliveriesChosen = (groups: SellerGroup<Item, Option>[]) => groups.every((group) => !group.seller || group.selected)

/** A quantity typed or stepped in a form: a whole number 0–99 (0 removes the line), or null. */
export function quantityFrom(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,2}$/.test(value.trim())) return null
  return Number(value.trim())
}
