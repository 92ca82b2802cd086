import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportCsv, reportFileName } from "../../../../modules/impact/report-files"
import { impactReport } from "../report"

// The dashboard's figures as a spreadsheet (same filters as GET /admin/impact).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await impactReport(req)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(reportFileName(report, "csv"))}`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(reportCsv(report))
}
