import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PARTNER_MODULE } from "../../modules/partner"
import { checkShelfStep } from "./steps/check-shelf"

type Input = { partner_point_id: string; product_ids: string[] }

/** Replaces a point's shelf: links to the products added, none left to those taken off; both undone together. */
export const setPartnerShelfWorkflow = createWorkflow("set-partner-shelf", (input: Input) => {
  const change = checkShelfStep(input)
  const links = transform({ change, input }, ({ change, input }) => ({
    add: change.add.map((product_id) => ({ [PARTNER_MODULE]: { partner_point_id: input.partner_point_id }, [Modules.PRODUCT]: { product_id } })),
    remove: change.remove.map((product_id) => ({ [PARTNER_MODULE]: { partner_point_id: input.partner_point_id }, [Modules.PRODUCT]: { product_id } })),
  }))
  dismissRemoteLinkStep(transform({ links }, ({ links }) => links.remove))
  createRemoteLinkStep(transform({ links }, ({ links }) => links.add))
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ partner_point_id: input.partner_point_id, product_ids: [...new Set(input.product_ids)] })))
})
