import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteStaffWorkflow } from "../../../../workflows/invite/invite-staff"
import { sellerThatMayChange } from "../current-seller"
import type { InviteStaff } from "../../validators"

// The owner invites staff; the answer carries the one-time token to pass on to the new staff member.
export async function POST(req: AuthenticatedMedusaRequest<InviteStaff>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  if (user.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the seller's owner can invite staff")
  }
  const { result } = await inviteStaffWorkflow(req.scope).run({ input: { seller_id: seller.id, email: req.validatedBody.email } })
  res.status(201).json({ invite: result })
}
