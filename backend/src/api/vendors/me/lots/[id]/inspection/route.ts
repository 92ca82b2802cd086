import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachInspectionWorkflow } from "../../../../../../workflows/lot/attach-inspection"
import { sellerThatMayChange } from "../../../current-seller"
import { ownLot } from "../../own-lot"
import type { AttachInspection } from "../../validators"

// The association's inspection of this lot becomes its grade.
export async function POST(req: AuthenticatedMedusaRequest<AttachInspection>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownLot(req, seller.id, req.params.id)
  await attachInspectionWorkflow(req.scope).run({ input: { seller_id: seller.id, lot_id: req.params.id, ...req.validatedBody } })
  res.json({ lot: await ownLot(req, seller.id, req.params.id) })
}
