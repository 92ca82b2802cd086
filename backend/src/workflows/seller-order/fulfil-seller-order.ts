import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { allocateLotsStep } from "../lot/steps/allocate-lots"
import { shipStationParcelStep } from "../station/steps/ship-parcel"
import { lockPurchase, sellerOrderPurchaseStep, unlockPurchase } from "./steps/purchase-lock"

export type SellerDelivery =
  | { method: "courier"; carrier: string; tracking_number: string; tracking_url?: string }
  | { method: "station"; station: string }

type Input = { order_id: string; seller_id: string; delivery: SellerDelivery; created_by: string }

// The seller ships its whole order from its own location: with a carrier and tracking number, or handed
// over to a village pickup station. The reserved stock leaves the seller's location. Under the purchase's lock, and
// once: an order already shipped is left as it is (a double click, a retry). What ships is allocated to the seller's
// lots, first-expiring first.
export const fulfilSellerOrderWorkflow = createWorkflow("fulfil-seller-order", (input: Input) => {
  const purchase = sellerOrderPurchaseStep(input.order_id)
  lockPurchase(purchase.key)
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["items.*", "fulfillments.id", "fulfillments.canceled_at"],
    filters: { id: input.order_id },
  })
  const shipped = transform({ orders }, ({ orders }) => (orders[0].fulfillments ?? []).some((f: any) => f && !f.canceled_at))
  const fulfillment = when("ship-unshipped-order", { shipped }, ({ shipped }) => !shipped).then(() => shipOrder(input, orders))
  unlockPurchase(purchase.key)
  // Nothing when the order was shipped before: the route answers the order as it is.
  return new WorkflowResponse(fulfillment!)
})

function shipOrder(input: Input, orders: any) {
  const { data: sellers } = useQueryGraphStep({
    entity: "seller",
    fields: ["stock_location.id"],
    filters: { id: input.seller_id },
  }).config({ name: "seller-location" })
  const shipment = transform({ orders, input }, ({ orders, input }) => {
    const { delivery } = input
    const courier = delivery.method === "courier"
    return {
      items: (orders[0].items ?? []).map((item: any) => ({ id: item.id, quantity: Number(item.quantity) })),
      labels: courier ? [{ tracking_number: delivery.tracking_number, tracking_url: delivery.tracking_url ?? "", label_url: "" }] : [],
      metadata: courier ? { method: "courier", carrier: delivery.carrier } : { method: "station", station: delivery.station },
    }
  })
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ shipment, sellers, input }, ({ shipment, sellers, input }) => ({
      order_id: input.order_id,
      location_id: (sellers[0] as any).stock_location.id as string,
      created_by: input.created_by,
      items: shipment.items,
      metadata: shipment.metadata,
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ shipment, fulfillment, input }, ({ shipment, fulfillment, input }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      created_by: input.created_by,
      items: shipment.items,
      labels: shipment.labels,
      metadata: shipment.metadata,
    })),
  })
  const allocated = allocateLotsStep({ order_id: input.order_id, seller_id: input.seller_id })
  // The households who supplied those lots earn their shares (the ledger's subscriber posts them).
  // (No event when nothing came from a lot: an empty list emits none. A nested `when` is not allowed here.)
  emitEventStep({
    eventName: "lot.allocated",
    data: transform({ allocated, input }, ({ allocated, input }) => (allocated.length ? [{ order_id: input.order_id }] : [])),
  }).config({ name: "emit-lot-allocated" })
  // Bound for a pickup station: the parcel's journey starts at the county hub.
  shipStationParcelStep(input.order_id)
  return fulfillment
}
