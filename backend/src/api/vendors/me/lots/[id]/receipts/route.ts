import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveLotWorkflow } from "../../../../../../workflows/lot/receive-lot"
import { sellerThatMayChange } from "../../../current-seller"
import { ownLot } from "../../own-lot"
import type { ReceiveLot } from "../../validators"

// Packs of one size made from the lot go into that size's stock.
export async function POST(req: AuthenticatedMedusaRequest<ReceiveLot>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownLot(req, seller.id, req.params.id)
  await receiveLotWorkflow(req.scope).run({ input: { seller_id: seller.id, lot_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ lot: await ownLot(req, seller.id, req.params.id) })
}
