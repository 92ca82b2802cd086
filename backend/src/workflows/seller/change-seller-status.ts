import { emitEventStep, linkProductsToSalesChannelWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import { setUpSellerDeliveryWorkflow } from "./set-up-seller-delivery"
import type { SellerStatus } from "../../modules/seller/service"
import { updateSellerStatusStep } from "./steps/update-seller-status"

// A suspended seller's products leave the store's sales channel and the search index at once;
// an active seller's products come back.
export const changeSellerStatusWorkflow = createWorkflow(
  "change-seller-status",
  (input: { id: string; status: SellerStatus; actor_id: string }) => {
    const { seller, from } = updateSellerStatusStep(input)
    recordAuditStep(
      transform({ input, from }, ({ input, from }) => [
        {
          actor_type: "user",
          actor_id: input.actor_id,
          action: `seller.${input.status === "active" ? (from === "pending" ? "approved" : "reinstated") : "suspended"}`,
          subject_type: "seller",
          subject_id: input.id,
          before: { status: from },
          after: { status: input.status },
        },
      ])
    )
    const { data: owned } = useQueryGraphStep({ entity: "seller", fields: ["products.id"], filters: { id: input.id } })
    const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({
      name: "store-channel",
    })
    const change = transform({ owned, stores, input }, ({ owned, stores, input }) => {
      const ids = (owned[0]?.products ?? []).flatMap((product) => (product ? [product.id as string] : []))
      const channel = stores[0].default_sales_channel_id as string
      return {
        ids,
        link: { id: channel, ...(input.status === "active" ? { add: ids } : { remove: ids }) },
        events: ids.map((id) => ({ id })),
      }
    })
    when(input, (input) => input.status === "active").then(() => {
      setUpSellerDeliveryWorkflow.runAsStep({ input: { seller_id: input.id, sales_channel_id: change.link.id } })
    })
    when(change, (change) => change.ids.length > 0).then(() => {
      linkProductsToSalesChannelWorkflow.runAsStep({ input: change.link })
      emitEventStep({ eventName: "product.updated", data: change.events })
    })
    return new WorkflowResponse(seller)
  }
)
