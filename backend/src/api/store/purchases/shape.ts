import { digitalLinkPath, gtin13From, type LineLot } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"

// What a buyer reads of a purchase and of each seller's part of it (the shared purchase contract). Only these
// fields are read: nothing of member households, seller users or other buyers can reach the answer.
export const PURCHASE_FIELDS = [
  "id", "display_id", "created_at", "email", "currency_code",
  "total", "item_total", "shipping_total",
  "shipping_address.first_name", "shipping_address.province", "shipping_address.city",
  "shipping_address.address_2", "shipping_address.address_1", "shipping_address.phone",
  "payment_collections.status", "payment_collections.amount",
  "payment_collections.captured_amount", "payment_collections.refunded_amount",
  // The partner point (scenic spot, guesthouse) whose QR code brought the purchase: the confirmation thanks it.
  "partner_point.code", "partner_point.kind", "partner_point.name", "partner_point.name_en",
]

const PART_FIELDS = [
  "id", "display_id", "status", "total", "summary.*",
  "seller.handle", "seller.name", "seller.name_en", "seller.type", "seller.town", "seller.town_en",
  "items.id", "items.title", "items.variant_title", "items.product_handle", "items.thumbnail", "items.quantity", "items.unit_price", "items.total",
  "items.detail.*",
  "shipping_methods.name", "shipping_methods.amount",
  "fulfillments.created_at", "fulfillments.packed_at", "fulfillments.shipped_at", "fulfillments.delivered_at",
  "fulfillments.canceled_at", "fulfillments.metadata", "fulfillments.labels.tracking_number",
]

type Row = Record<string, any>

/** A part's own payment: its share of the buyer's one payment, as captures and refunds recorded on it. */
export function partPaymentStatus(part: Row) {
  const paid = part.summary?.paid_total ?? 0
  const refunded = part.summary?.refunded_total ?? 0
  if (MathBN.gt(refunded, 0)) return MathBN.gte(refunded, paid) ? "refunded" : "partially_refunded"
  if (MathBN.gt(paid, 0)) return MathBN.gte(paid, part.total ?? 0) ? "captured" : "partially_captured"
  return "not_paid"
}

/** How the seller sent it: courier with carrier and tracking number, or handed to a village station. */
function fulfilmentOf(fulfillment: Row) {
  const meta = fulfillment.metadata ?? {}
  const courier = meta.method === "courier"
  return {
    created_at: fulfillment.created_at,
    method: courier ? "courier" : "station",
    carrier: courier ? meta.carrier ?? null : null,
    tracking_number: courier ? fulfillment.labels?.[0]?.tracking_number ?? null : null,
    station: courier ? null : meta.station ?? null,
  }
}

export function shapePart(part: Row, lotsOf: (line_item_id: string) => LineLot[] = () => []) {
  const fulfillments = (part.fulfillments ?? []).filter((f: Row) => f && !f.canceled_at)
  const [method] = part.shipping_methods ?? []
  const { seller } = part
  return {
    order_id: part.id,
    display_id: part.display_id,
    seller: { handle: seller.handle, name: seller.name, name_en: seller.name_en, type: seller.type, town: seller.town, town_en: seller.town_en },
    items: (part.items ?? []).map((item: Row) => ({
      title: item.title,
      variant_title: item.variant_title,
      product_handle: item.product_handle,
      thumbnail: item.thumbnail,
      quantity: item.quantity,
      unit_price: item.unit_price,
      total: item.total,
      // Which lots the line's packs came from, once shipped (allocation), with their trace pages.
      lots: lotsOf(item.id),
    })),
    delivery: method ? { name: method.name, amount: method.amount } : null,
    total: part.total,
    status: part.status,
    fulfillment_status: getLastFulfillmentStatus({ ...part, fulfillments: part.fulfillments ?? [] } as any),
    payment_status: partPaymentStatus(part),
    fulfillments: fulfillments.map(fulfilmentOf),
  }
}

export function shapePurchase(purchase: Row, parts: Row[], lotsOf?: (line_item_id: string) => LineLot[]) {
  const address = purchase.shipping_address
  // Checkout splits the purchase as it places it; one Stripe's webhook placed is split just after (the order.placed
  // subscriber): until then the purchase shows no parts.
  const pending = !parts.length || parts.some((part) => !part.seller)
  return {
    id: purchase.id,
    display_id: purchase.display_id,
    created_at: purchase.created_at,
    email: purchase.email,
    currency_code: purchase.currency_code,
    total: purchase.total,
    item_total: purchase.item_total,
    shipping_total: purchase.shipping_total,
    payment_status: getLastPaymentStatus({ ...purchase, payment_collections: purchase.payment_collections ?? [] } as any),
    shipping_address: address && {
      first_name: address.first_name,
      province: address.province,
      city: address.city,
      address_2: address.address_2,
      address_1: address.address_1,
      phone: address.phone,
    },
    parts_pending: pending,
    parts: pending ? [] : parts.map((part) => shapePart(part, lotsOf)),
    partner: purchase.partner_point
      ? { code: purchase.partner_point.code, kind: purchase.partner_point.kind, name: purchase.partner_point.name, name_en: purchase.partner_point.name_en }
      : null,
  }
}

/** A seller part is a share of a purchase in the purchase module; a purchase itself is not. */
export const isPart = (order: Row) => Boolean(order.share)

/** The purchases with their seller parts: one read for the parts of all of them. */
export async function withParts(scope: MedusaContainer, purchases: Row[]) {
  if (!purchases.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order",
    fields: ["id", "purchase.shares.order.id"],
    filters: { id: purchases.map((p) => p.id) },
  })
  const partIds = new Map(links.map((link: Row) => [link.id, (link.purchase?.shares ?? []).map((share: Row) => share.order?.id)]))
  const { data: parts } = await query.graph({
    entity: "order",
    fields: PART_FIELDS,
    filters: { id: [...partIds.values()].flat() },
    pagination: { order: { created_at: "ASC" } },
  })
  const lotsOf = await lineLots(query, parts.map((part: Row) => part.id))
  return purchases.map((purchase) => shapePurchase(purchase, parts.filter((part: Row) => partIds.get(purchase.id)?.includes(part.id)), lotsOf))
}

/** The seller orders' lines' lots: their allocations, by line, each lot's code with the packs and its Digital Link. */
async function lineLots(query: any, order_ids: string[]) {
  const { data: allocations } = order_ids.length
    ? await query.graph({ entity: "lot_allocation", fields: ["line_item_id", "variant_id", "packs", "lot.code", "lot.best_before", "lot.produced_on"], filters: { order_id: order_ids } })
    : { data: [] }
  const { data: variants } = allocations.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "ean"], filters: { id: [...new Set(allocations.map((a: Row) => a.variant_id))] } })
    : { data: [] }
  const gtinOf = new Map<string, string | null>(variants.map((v: Row) => [v.id as string, gtin13From(v.ean ?? "")]))
  const byLine = new Map<string, LineLot[]>()
  // First-expiring first, as they were allocated (a lot without a best-before last, then the older lot).
  const time = (day: unknown) => (day ? new Date(day as string).getTime() : Number.POSITIVE_INFINITY)
  const ordered = [...(allocations as Row[])].sort((a, b) => time(a.lot.best_before) - time(b.lot.best_before) || time(a.lot.produced_on) - time(b.lot.produced_on))
  for (const a of ordered) {
    // A size without a GTIN has no Digital Link, so no trace page to lead to.
    const gtin13 = gtinOf.get(a.variant_id)
    if (!gtin13) continue
    const lots = byLine.get(a.line_item_id) ?? []
    const same = lots.find((lot) => lot.code === a.lot.code)
    if (same) same.quantity += a.packs
    else lots.push({ code: a.lot.code, quantity: a.packs, trace_path: digitalLinkPath(gtin13, a.lot.code) })
    byLine.set(a.line_item_id, lots)
  }
  return (line_item_id: string) => byLine.get(line_item_id) ?? []
}
