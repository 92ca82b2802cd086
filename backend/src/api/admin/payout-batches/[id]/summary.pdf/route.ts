import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CJK_FONT, cjkFontAvailable } from "../../../../../lib/print/cjk-font"
import { renderBatchSummary } from "../../../../../modules/settlement/payout-export"
import { namedBatch } from "../../../../payouts"

/** The batch's summary to file with the transfer: totals and items, accounts masked. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await namedBatch(req.scope, req.params.id)
  if (!cjkFontAvailable()) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The summary's Chinese font is missing (${CJK_FONT}); install fonts-wqy-microhei or set POSTER_FONT`)
  }
  const pdf = await renderBatchSummary(batch, batch.items.map((item) => ({
    seller: item.seller ? `${item.seller.name} ${item.seller.name_en ?? ""}`.trim() : item.seller_id,
    method: item.account.method, holder_name: item.account.holder_name, account_number: item.account.account_number,
    amount: item.amount, status: item.status, bank_reference: item.bank_reference,
  })))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${batch.id}-summary.pdf"`)
  res.send(pdf)
}
