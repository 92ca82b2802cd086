import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { PURCHASE_MODULE } from "../../modules/purchase"
import { SELLER_MODULE } from "../../modules/seller"
import { recordSalesStep } from "../settlement/steps/record-sales"
import { groupBySeller } from "./group-by-seller"
import { createSellerOrdersStep } from "./steps/create-seller-orders"
import { moveReservationsStep } from "./steps/move-reservations"
import { recordPurchaseStep } from "./steps/record-purchase"
import { recordSharePayments } from "./steps/record-share-payment"
import { prepaidShares } from "./steps/seller-share"

const ITEM_FIELDS = ["id", "title", "subtitle", "thumbnail", "quantity", "unit_price", "variant_id", "product_id", "variant_sku", "variant_title", "product_title", "product_handle"]
const PURCHASE_FIELDS = [
  "id", "email", "currency_code", "region_id", "sales_channel_id", "shipping_address.*",
  "items.*", "items.product.seller.id", "items.product.shipping_profile.id",
  "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id", "shipping_methods.data",
  "total", "payment_collections.payments.captures.amount",
]

/**
 * Within the complete-purchase workflow, once the purchase is placed: each seller gets its own order with its items and
 * the delivery the buyer chose for it, and the stock reserved for those items; the buyer keeps the one purchase (and
 * its one payment). Every step compensates, so a failure here also undoes the cart's completion.
 */
export function splitPurchase(purchaseId: WorkflowData<string>) {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: PURCHASE_FIELDS,
    filters: { id: purchaseId },
  }).config({ name: "purchase-to-split" })
  const optionIds = transform({ orders }, ({ orders }) =>
    (orders[0].shipping_methods ?? []).flatMap((method: any) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
  )
  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id"],
    filters: { id: optionIds },
  }).config({ name: "purchase-shipping-options" })
  const split = transform({ orders, options }, ({ orders, options }) => {
    const purchase: any = orders[0]
    const profileOf = new Map(options.map((option: any) => [option.id, option.shipping_profile_id]))
    const items = purchase.items.map((item: any) => ({
      ...Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f]])),
      unit_price: Number(item.unit_price),
      quantity: Number(item.quantity),
      seller_id: item.product?.seller?.id ?? null,
      shipping_profile_id: item.product?.shipping_profile?.id ?? null,
    }))
    const methods = (purchase.shipping_methods ?? []).map((method: any) => ({
      name: method.name,
      amount: Number(method.amount),
      shipping_option_id: method.shipping_option_id,
      shipping_profile_id: profileOf.get(method.shipping_option_id) ?? null,
      data: method.data,
    }))
    return { purchase, groups: groupBySeller(items, methods) }
  })
  const created = createSellerOrdersStep(split)
  moveReservationsStep(created)
  const { data: sellerOrders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "total", "currency_code"],
    filters: { id: transform({ created }, ({ created }) => created.map((order) => order.order_id)) },
  }).config({ name: "seller-order-totals" })
  // What was paid for each seller order at checkout, recorded like every later capture and refund.
  recordSharePayments(
    transform({ orders, sellerOrders }, ({ orders, sellerOrders }) => prepaidShares(orders[0] as any, sellerOrders as any)),
    "record-prepaid-shares"
  )
  const recorded = recordPurchaseStep({ purchase_order_id: purchaseId, seller_orders: created })
  // The purchase is the buyer's order, each share a seller's order, and each seller order its seller's.
  const links = transform({ created, recorded }, ({ created, recorded }) => [
    { [PURCHASE_MODULE]: { purchase_id: recorded.purchase_id }, [Modules.ORDER]: { order_id: recorded.purchase_order_id } },
    ...recorded.shares.map(({ share_id, order_id }) => ({ [PURCHASE_MODULE]: { share_id }, [Modules.ORDER]: { order_id } })),
    ...created.map(({ order_id, seller_id }) => ({ [SELLER_MODULE]: { seller_id }, [Modules.ORDER]: { order_id } })),
  ])
  createRemoteLinkStep(links)
  recordSalesStep(transform({ created, purchaseId }, ({ created, purchaseId }) => created.map(({ order_id, seller_id }) => ({ order_id, seller_id, purchase_order_id: purchaseId }))))
  return created
}
