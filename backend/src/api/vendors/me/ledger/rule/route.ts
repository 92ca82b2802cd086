import type { PayoutRuleBody } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { currentSeller, sellerThatMayChange } from "../../current-seller"

const sellerType = async (req: AuthenticatedMedusaRequest, seller_id: string) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["type"], filters: { id: seller_id } })
  return (data[0] as any).type
}

// The seller's payout rule (its type's default until it sets one; an enterprise has none until it agrees a price).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const rule = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).ruleOf(seller.id, await sellerType(req, seller.id))
  res.json({ rule })
}

// Only the owner sets it: it decides what the households are paid. Applies to what is posted from now on.
export async function POST(req: AuthenticatedMedusaRequest<PayoutRuleBody>, res: MedusaResponse) {
  const { seller, user } = await sellerThatMayChange(req)
  if (user.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the seller's owner sets the payout rule")
  const rule = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .setRule(seller.id, await sellerType(req, seller.id), req.validatedBody, user.id)
  res.json({ rule })
}
