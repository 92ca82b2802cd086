import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueCertificateWorkflow } from "../../../../../../workflows/lot/issue-certificate"
import { sellerThatMayChange } from "../../../current-seller"
import { ownLot } from "../../own-lot"
import type { IssueCertificate } from "../../validators"

// Issues the lot's certificate, or a correction of the one in force; the answer is the lot with all its certificates.
export async function POST(req: AuthenticatedMedusaRequest<IssueCertificate>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  await ownLot(req, seller.id, req.params.id)
  const { result } = await issueCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: seller.id, lot_id: req.params.id, issued_by: user.id },
  })
  res.status(201).json({ certificate_id: result.id, lot: await ownLot(req, seller.id, req.params.id) })
}
