import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { encodeTransferFile, transferLines } from "../../../../../modules/settlement/payout-export"
import { settlementOf } from "../../../../payouts"
import type { ExportQuery } from "../../validators"

/**
 * The batch's unpaid items as the bank's batch transfer upload (method=bank) or Alipay's batch payment (method=alipay),
 * in GBK (or UTF-8 with a BOM). The only answer with full account numbers: the association's, to pay the sellers.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { method, encoding } = req.validatedQuery as ExportQuery
  const settlement = settlementOf(req.scope)
  await settlement.retrievePayoutBatch(req.params.id, { select: ["id"] })
  const file = encodeTransferFile(transferLines(await settlement.payoutBatchTransfers(req.params.id), method), encoding)
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "encoding: a name in this batch has a character GBK cannot write; export with encoding=utf8")
  res.setHeader("Content-Type", `text/csv; charset=${encoding === "gbk" ? "GBK" : "utf-8"}`)
  res.setHeader("Content-Disposition", `attachment; filename="${req.params.id}-${method}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  res.send(file)
}
