import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawLotWorkflow } from "../../../../../workflows/lot/withdraw-lot"
import type { WithdrawLot } from "../../../../vendors/me/lots/validators"
import { recallLot } from "../../lot"

// The association withdraws any seller's lot. Withdrawing a withdrawn lot answers 200 with it as it is (the first
// withdrawal's date and reason stay).
export async function POST(req: AuthenticatedMedusaRequest<WithdrawLot>, res: MedusaResponse) {
  await recallLot(req.scope, req.params.id)
  const { result } = await withdrawLotWorkflow(req.scope).run({
    input: { lot_id: req.params.id, reason: req.validatedBody.reason, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.json({ changed: result.changed, ...(await recallLot(req.scope, req.params.id)) })
}
