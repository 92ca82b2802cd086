import { digitalLinkPath, gtin13From, type LineLot, type LotPurchase, type LotShipment, type WithdrawnLot } from "@luotian/contract"
import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
type Row = Record<string, any>

// Recalls read lot allocations both ways: from a lot to the seller orders (and purchases) it went into, and from
// orders back to their lines' lots. Only ids, numbers, titles and quantities: never a buyer's personal data.

const ALLOCATION_FIELDS = [
  "order_id", "line_item_id", "variant_id", "packs", "returned", "lot.code", "lot.status", "lot.withdrawn_at", "lot.withdrawal_reason",
]

const iso = (value: unknown) => new Date(value as string).toISOString()
const held = (a: Row) => a.packs - a.returned

/** The trace path of a lot of each variant that has a GTIN. */
async function tracePaths(query: Query, variantIds: string[]) {
  const { data }: { data: Row[] } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "ean"], filters: { id: variantIds } })
    : { data: [] as Row[] }
  const gtins = new Map(data.map((v: Row) => [v.id as string, v.ean ? gtin13From(v.ean) : null]))
  return (variant_id: string, code: string) => {
    const gtin = gtins.get(variant_id)
    return gtin ? digitalLinkPath(gtin, code) : null
  }
}

/**
 * The reverse lookup: for each line of the orders, the lots its packs came from (still held, returns taken off), and
 * for each order the withdrawn lots among them.
 */
export async function ordersLots(query: Query, orderIds: string[]) {
  const { data }: { data: Row[] } = orderIds.length
    ? await query.graph({ entity: "lot_allocation", fields: ALLOCATION_FIELDS, filters: { order_id: orderIds } })
    : { data: [] as Row[] }
  const path = await tracePaths(query, [...new Set(data.map((a: Row) => a.variant_id as string))])
  const lines = new Map<string, LineLot[]>()
  const withdrawn = new Map<string, WithdrawnLot[]>()
  for (const a of data.filter((a: Row) => held(a) > 0)) {
    const lots = lines.get(a.line_item_id) ?? []
    const same = lots.find((l) => l.code === a.lot.code)
    if (same) same.quantity += held(a)
    else lots.push({ code: a.lot.code, quantity: held(a), trace_path: path(a.variant_id, a.lot.code) })
    lines.set(a.line_item_id, lots)
    const recalled = withdrawn.get(a.order_id) ?? []
    if (a.lot.status === "withdrawn" && !recalled.some((w) => w.code === a.lot.code)) {
      recalled.push({ code: a.lot.code, reason: a.lot.withdrawal_reason, withdrawn_at: iso(a.lot.withdrawn_at), trace_path: path(a.variant_id, a.lot.code) })
      withdrawn.set(a.order_id, recalled)
    }
  }
  for (const lots of lines.values()) lots.sort((a, b) => a.code.localeCompare(b.code))
  return { lines, withdrawn }
}

/** The seller orders' items, each with the lots its packs came from. */
export async function withLineLots(query: Query, orders: Row[]): Promise<Row[]> {
  const { lines } = await ordersLots(query, orders.map((o) => o.id))
  return orders.map((order) => ({ ...order, items: (order.items ?? []).map((item: Row) => ({ ...item, lots: lines.get(item.id) ?? [] })) }))
}

/**
 * Every shipped seller-order line that took packs of the lot, with the purchase each seller order belongs to (the
 * association's view; a seller is answered only the shipments).
 */
export async function lotShipments(query: Query, lot_id: string) {
  const { data: allocations } = await query.graph({ entity: "lot_allocation", fields: ALLOCATION_FIELDS, filters: { lot_id } })
  const orderIds = [...new Set(allocations.map((a: Row) => a.order_id as string))]
  const { data: orders }: { data: Row[] } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "created_at", "status", "items.id", "items.title", "items.variant_title", "share.purchase.order.id", "share.purchase.order.display_id", "share.purchase.order.created_at"],
        filters: { id: orderIds },
      })
    : { data: [] as Row[] }
  const orderOf = new Map(orders.map((o: Row) => [o.id as string, o]))
  const byLine = new Map<string, LotShipment & { purchase: Row | null }>()
  for (const a of allocations) {
    const order = orderOf.get(a.order_id)
    if (!order) continue
    const line = byLine.get(a.line_item_id)
    if (line) {
      line.quantity += held(a)
      line.returned += a.returned
      continue
    }
    const item = (order.items ?? []).find((i: Row) => i?.id === a.line_item_id) ?? {}
    byLine.set(a.line_item_id, {
      order_id: order.id, display_id: order.display_id, placed_at: iso(order.created_at), status: order.status, line_item_id: a.line_item_id,
      title: item.title ?? "", variant_title: item.variant_title ?? null, quantity: held(a), returned: a.returned, purchase: order.share?.purchase?.order ?? null,
    })
  }
  const lines = [...byLine.values()].sort((a, b) => a.display_id - b.display_id || a.line_item_id.localeCompare(b.line_item_id))
  const shipments: LotShipment[] = lines.map(({ purchase: _purchase, ...line }) => line)
  const purchases = new Map<string, LotPurchase>()
  for (const line of lines.filter((l) => l.purchase)) {
    const p = purchases.get(line.purchase!.id) ?? { id: line.purchase!.id, display_id: line.purchase!.display_id, placed_at: iso(line.purchase!.created_at), seller_orders: [] as number[], quantity: 0 }
    if (!p.seller_orders.includes(line.display_id)) p.seller_orders.push(line.display_id)
    p.quantity += line.quantity
    purchases.set(p.id, p)
  }
  return { shipments, purchases: [...purchases.values()] }
}
