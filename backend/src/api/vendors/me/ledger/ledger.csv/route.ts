import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { sendCsv } from "../../../../statements"
import { currentSeller } from "../../current-seller"
import { ledgerCsv } from "../csv"
import { entryViews, sellerMembers } from "../read"

// The month's household entries as a spreadsheet for the cooperative's accounts (no ID numbers, no phones).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { month } = req.validatedQuery as { month: string }
  const entries = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ seller_id: seller.id, month }, { order: { posted_at: "ASC", id: "ASC" } })
  const members = new Map((await sellerMembers(req.scope, seller.id)).map((m) => [m.id, m]))
  const views = await entryViews(req.scope, entries)
  const rows = views.map((e) => {
    const m = members.get(e.member_id)
    return {
      month, name: m?.name ?? "", village: m?.village ?? "", poor_household: !!m?.poor_household, kind: e.kind, lot_code: e.source.lot_code,
      order: e.source.order_display_id, amount_fen: e.amount_fen, status: e.status, reference: e.payment_reference,
    }
  })
  sendCsv(res, `household-incomes-${month}.csv`, ledgerCsv(rows))
}
