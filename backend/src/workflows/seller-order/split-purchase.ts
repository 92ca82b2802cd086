import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { groupBySeller } from "./group-by-seller"
import { createSellerOrdersStep } from "./steps/create-seller-orders"

const ITEM_FIELDS = ["id", "title", "subtitle", "thumbnail", "quantity", "unit_price", "variant_id", "product_id", "variant_sku", "variant_title", "product_title", "product_handle"]

// After a purchase is placed: each seller gets its own order with its items; the buyer keeps the one purchase
// (and its one payment). Each seller order is linked to its seller.
export const splitPurchaseWorkflow = createWorkflow("split-purchase-by-seller", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "email", "currency_code", "region_id", "sales_channel_id", "customer_id", "shipping_address.*", "items.*", "items.product.seller.id"],
    filters: { id: input.order_id },
  })
  const split = transform({ orders }, ({ orders }) => {
    const purchase: any = orders[0]
    const items = purchase.items.map((item: any) => ({
      ...Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f]])),
      unit_price: Number(item.unit_price),
      quantity: Number(item.quantity),
      seller_id: item.product?.seller?.id ?? null,
    }))
    return { purchase, groups: groupBySeller(items) }
  })
  const created = createSellerOrdersStep(split)
  const links = transform({ created }, ({ created }) =>
    created.map(({ order_id, seller_id }) => ({ [SELLER_MODULE]: { seller_id }, [Modules.ORDER]: { order_id } }))
  )
  createRemoteLinkStep(links)
  return new WorkflowResponse(created)
})
