import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cjkFontAvailable, missingFontMessage } from "../../../../lib/print/cjk-font"
import { reportFileName, reportPdf } from "../../../../modules/impact/report-files"
import { impactReport } from "../report"

// The dashboard's figures as a printable report in Chinese (same filters as GET /admin/impact).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The impact report"))
  const report = await impactReport(req)
  const pdf = await reportPdf(report)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(reportFileName(report, "pdf"))}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
