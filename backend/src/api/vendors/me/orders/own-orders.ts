import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const ORDER_FIELDS = [
  "id", "display_id", "status", "email", "currency_code", "created_at", "metadata",
  "total", "item_total", "shipping_total", "summary.*", "shipping_address.*", "items.*",
  "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id",
  "fulfillments.id", "fulfillments.location_id", "fulfillments.shipped_at", "fulfillments.canceled_at",
  "fulfillments.metadata", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url",
]

/**
 * The seller's orders (optionally one of them), as full rows for the routes' own use; another seller's order reads
 * as not found. Answer a seller only with `sellerView` of them.
 */
export async function ownOrders(req: AuthenticatedMedusaRequest, sellerId: string, orderId?: string) {
  const { data }: { data: any[] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ORDER_FIELDS.map((field) => `orders.${field}`),
    filters: { id: sellerId },
  })
  const orders = (data[0]?.orders ?? []).filter((order: any) => order && (!orderId || order.id === orderId))
  if (orderId && !orders.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return orders
}

/** A metadata object without the given keys (null stays null). */
function without(metadata: Record<string, unknown> | null | undefined, keys: string[]) {
  if (!metadata) return metadata
  return Object.fromEntries(Object.entries(metadata).filter(([key]) => !keys.includes(key)))
}

/**
 * What a seller may read of its order. The buyer's purchase and its line items are named in the metadata only for
 * the platform's own use: with the purchase id a seller could look for the other sellers' parts of the same purchase.
 */
export function sellerView(order: any) {
  return {
    ...order,
    metadata: without(order.metadata, ["purchase_order_id"]),
    items: order.items?.map((item: any) => item && { ...item, metadata: without(item.metadata, ["purchase_line_item_id"]) }),
  }
}
