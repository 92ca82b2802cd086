import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import { chooseCartScanStep } from "./steps/choose-cart-scan"

const link = (cart_id: string, partner_scan_id: string) => ({ [Modules.CART]: { cart_id }, [PARTNER_MODULE]: { partner_scan_id } })

// The buyer's scan goes onto the cart as a link, replacing the cart's earlier one when it wins; an expired or unknown
// scan leaves the cart as it was. Answers the winning scan.
export const attachCartScanWorkflow = createWorkflow("attach-cart-scan", (input: { cart_id: string; scan_id: string }) => {
  const choice = chooseCartScanStep(input)
  when(choice, (choice) => choice.changed && !!choice.current).then(() => {
    dismissRemoteLinkStep(transform({ choice, input }, ({ choice, input }) => [link(input.cart_id, choice.current!)]))
  })
  when(choice, (choice) => choice.changed).then(() => {
    createRemoteLinkStep(transform({ choice, input }, ({ choice, input }) => [link(input.cart_id, choice.winner!.id)])).config({ name: "link-cart-scan" })
  })
  return new WorkflowResponse(transform({ choice }, ({ choice }) => choice.winner))
})
