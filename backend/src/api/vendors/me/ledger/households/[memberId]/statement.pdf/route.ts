import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cjkFontAvailable, missingFontMessage } from "../../../../../../../lib/print/cjk-font"
import { LEDGER_MODULE } from "../../../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../../../modules/ledger/service"
import { renderHouseholdStatement } from "../../../../../../../modules/ledger/statement-pdf"
import { currentSeller } from "../../../../current-seller"
import { householdEntries, ownMember } from "../../../read"

const RULE_WORDS = (rule: any) =>
  !rule ? "未设定" : rule.kind === "surplus_return" ? `盈余返还，可分配盈余的 ${Number(rule.rate) * 100}%` : rule.kind === "contract_price" ? `保底收购，每公斤 ${rule.price_per_kg_fen / 100} 元` : "农户自营销售"

// A household's printable monthly statement (PDF, Chinese, large type), for the seller to hand over on paper.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { month } = req.validatedQuery as { month: string }
  const member = await ownMember(req.scope, seller.id, req.params.memberId)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["name", "type"], filters: { id: seller.id } })
  const rule = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).ruleOf(seller.id, (data[0] as any).type)
  const { entries, month_fen, month_status } = await householdEntries(req.scope, seller.id, member.id, month)
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The statement"))
  const pdf = await renderHouseholdStatement({
    seller: (data[0] as any).name,
    household: member.name,
    village: member.village,
    month,
    rule: RULE_WORDS(rule),
    entries: entries.map((e) => ({
      posted_on: e.posted_at.slice(0, 10),
      kind: e.kind,
      source: [e.source.lot_code && `批次 ${e.source.lot_code}`, e.source.order_display_id && `订单 #${e.source.order_display_id}`].filter(Boolean).join(" "),
      amount_fen: e.amount_fen,
    })),
    total_fen: month_fen,
    status: month_status ?? "",
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="household-statement-${month}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
