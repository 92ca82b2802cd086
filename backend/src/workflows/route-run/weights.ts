import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { itemsWeightG } from "../../modules/station/route-runs"

type Item = { quantity: unknown; variant_id?: string | null }

/** Each order's weight in grams from its items' variants (their net weight), or null where a weight is unknown. */
export async function orderWeightsG(query: Omit<RemoteQueryFunction, symbol>, orders: { id: string; items?: (Item | null)[] | null }[]) {
  const ids = [...new Set(orders.flatMap((o) => (o.items ?? []).map((i) => i?.variant_id).filter((id): id is string => !!id)))]
  const { data } = ids.length ? await query.graph({ entity: "product_variant", fields: ["id", "weight"], filters: { id: ids } }) : { data: [] }
  const weight = new Map((data as any[]).map((v) => [v.id, v.weight]))
  return new Map(orders.map((o) => [o.id, itemsWeightG((o.items ?? []).filter(Boolean).map((i) => ({ quantity: i!.quantity, variant: { weight: weight.get(i!.variant_id ?? "") } })))]))
}
