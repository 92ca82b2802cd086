import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { money } from "../../../modules/settlement/money"
import { sellersById, settlementOf } from "../../payouts"
import type { BalancesQuery } from "../payout-batches/validators"

const FIGURES = ["pending", "available", "paid_out", "total", "on_hold", "in_transfer"] as const

/** Every seller's balance in the currency, with its payout account (masked), the open holds and the totals. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency_code } = req.validatedQuery as BalancesQuery
  const settlement = settlementOf(req.scope)
  const balances = await settlement.balances({ currency_code })
  const holds = await settlement.listBalanceHolds({ released_at: null }, { order: { created_at: "ASC" } })
  const sellers = await sellersById(req.scope, [...balances.map((b) => b.seller_id), ...holds.map((h) => h.seller_id)])
  const accounts = await Promise.all(balances.map((b) => settlement.payoutAccount(b.seller_id)))
  const totals = Object.fromEntries(FIGURES.map((f) => [f, money(MathBN.sum(0, ...balances.map((b) => b[f])))]))
  res.json({
    currency_code,
    settings: await settlement.payoutSettings(),
    balances: balances
      .map((b, i) => ({ ...b, seller: sellers.get(b.seller_id) ?? null, account: accounts[i] }))
      .sort((a, b) => (a.seller?.handle ?? a.seller_id).localeCompare(b.seller?.handle ?? b.seller_id)),
    totals,
    holds: holds.map((h) => ({ id: h.id, order_id: h.order_id, seller_id: h.seller_id, seller: sellers.get(h.seller_id) ?? null, reason: h.reason, held_by: h.held_by, created_at: h.created_at })),
  })
}
