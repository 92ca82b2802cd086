import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withLineLots } from "../../../../workflows/lot/recall-read"

const ORDER_FIELDS = [
  "id", "display_id", "status", "email", "currency_code", "created_at", "metadata",
  "total", "item_total", "shipping_total", "summary.*", "shipping_address.*", "items.*",
  "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id",
  "fulfillments.id", "fulfillments.location_id", "fulfillments.shipped_at", "fulfillments.canceled_at",
  "fulfillments.metadata", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url",
]

/**
 * The seller's orders (optionally one of them), as full rows for the routes' own use, each line with its lots
 * (`lots`: code, packs, trace path); another seller's order reads as not found. Answer a seller only with
 * `sellerView` of them.
 */
export async function ownOrders(req: AuthenticatedMedusaRequest, sellerId: string, orderId?: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data }: { data: any[] } = await query.graph({
    entity: "seller",
    fields: ORDER_FIELDS.map((field) => `orders.${field}`),
    filters: { id: sellerId },
  })
  const orders = (data[0]?.orders ?? []).filter((order: any) => order && (!orderId || order.id === orderId))
  if (orderId && !orders.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  // Each line with the lots its packs came from (the reverse lookup of a recall).
  return await withLineLots(query, orders)
}

// Where the platform notes, for itself, which line of the purchase a seller order's line came from: in its items'
// metadata, which Medusa answers under several names (metadata, line_item_metadata, detail.metadata).
const PLATFORM_KEYS = new Set(["purchase_line_item_id"])

const isPlain = (value: unknown): value is object => {
  if (!value || typeof value !== "object") return false
  const proto = Object.getPrototypeOf(value)
  return proto === null || proto.constructor?.name === "Object"
}

// Only plain objects are rebuilt: amounts (BigNumber) and dates keep their own JSON form.
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub)
  if (!isPlain(value)) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !PLATFORM_KEYS.has(key)).map(([key, v]) => [key, scrub(v)]))
}

/**
 * What a seller may read of its order: everything but the purchase it came from. With the purchase id a seller could
 * look for the other sellers' parts of the same purchase.
 */
export function sellerView(order: any) {
  return scrub(order) as any
}
