import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PayoutAccountInput } from "@luotian/contract"
import { MedusaError } from "@medusajs/framework/utils"
import { settlementOf } from "../../../payouts"
import { currentSeller, sellerThatMayChange } from "../current-seller"

/** Where the seller is paid, masked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  res.json({ account: await settlementOf(req.scope).payoutAccount(seller.id) })
}

/** Sets it: only the seller's owner may say where its money goes (staff could otherwise redirect it). */
export async function POST(req: AuthenticatedMedusaRequest<PayoutAccountInput>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  if ((user as any).role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the seller's owner may set its payout account")
  res.json({ account: await settlementOf(req.scope).setPayoutAccount(seller.id, req.validatedBody) })
}
