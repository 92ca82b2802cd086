import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawLotWorkflow } from "../../../../../../workflows/lot/withdraw-lot"
import { sellerThatMayChange } from "../../../current-seller"
import { ownLot } from "../../own-lot"
import type { WithdrawLot } from "../../validators"

// The seller withdraws one of its lots; another seller's lot is not found. Withdrawing a withdrawn lot answers 200
// with it as it is (the first withdrawal's date and reason stay).
export async function POST(req: AuthenticatedMedusaRequest<WithdrawLot>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  await ownLot(req, seller.id, req.params.id)
  const { result } = await withdrawLotWorkflow(req.scope).run({
    input: { lot_id: req.params.id, reason: req.validatedBody.reason, actor_type: "seller", actor_id: user.id },
  })
  res.json({ changed: result.changed, lot: await ownLot(req, seller.id, req.params.id) })
}
