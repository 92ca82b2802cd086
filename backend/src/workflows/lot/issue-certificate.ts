import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../modules/lot"
import type LotModuleService from "../../modules/lot/service"

export type IssueCertificateInput = {
  seller_id: string
  lot_id: string
  issued_by: string
  contact: string
  commitments: string[]
  basis: string[]
  supersedes?: string
  reason?: string
}

// What the certificate states is copied from the lot, its product and its seller as they are at issue, so that a
// later edit of any of them never changes a certificate already handed out.
const issueCertificateStep = createStep(
  "issue-certificate",
  async (input: IssueCertificateInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "lot",
      fields: ["id", "quantity", "raw_quantity", "unit", "town", "village", "base", "product.title", "seller.name"],
      filters: { id: input.lot_id, seller_id: input.seller_id },
    })
    const lot = data[0] as any
    if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${input.lot_id} was not found`)
    const certificate = await container.resolve<LotModuleService>(LOT_MODULE).issueCertificate(
      input.lot_id,
      {
        product_name: lot.product.title,
        quantity: String(lot.raw_quantity?.value ?? lot.quantity),
        unit: lot.unit,
        producer_name: lot.seller.name,
        producer_origin: ["罗田县", lot.town, lot.village, lot.base].filter(Boolean).join(" "),
        producer_contact: input.contact,
        commitments: input.commitments,
        basis: input.basis,
        issued_by: input.issued_by,
        correction_reason: input.reason ?? null,
      },
      input.supersedes
    )
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LotModuleService>(LOT_MODULE).deleteCertificates(id)
  }
)

// A seller issues a lot's compliance certificate, or a correction superseding the one in force.
export const issueCertificateWorkflow = createWorkflow("issue-lot-certificate", (input: IssueCertificateInput) => {
  return new WorkflowResponse(issueCertificateStep(input))
})
