import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { money } from "../../../modules/settlement/money"
import { monthStatements } from "../../statements"
import { settlementOf } from "../../payouts"
import type { ReconciliationQuery } from "../payout-batches/validators"

/**
 * The month's two accounts of the same money side by side: the statements' net less their referrals, and what moved
 * into sellers' balances; they agree when nothing was lost or counted twice. Also what batches paid out that month.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month, currency_code } = req.validatedQuery as ReconciliationQuery
  const statements = await monthStatements(req.scope, { month, currency_code })
  const net = MathBN.sum(0, ...statements.map((s) => s.totals.net))
  const referrals = MathBN.sum(0, ...statements.map((s) => s.referrals.total))
  const movements = await settlementOf(req.scope).monthMovements({ month, currency_code })
  const payable = money(MathBN.sub(net, referrals))
  res.json({
    month, currency_code,
    statements: { net: money(net), referrals: money(referrals), payable },
    balances: { net: movements.balance_net, batched: movements.batched },
    reconciled: payable === movements.balance_net,
  })
}
