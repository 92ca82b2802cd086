import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvCell, csvText } from "../../../../lib/csv"
import { XLSX_TYPE, xlsxFile } from "../../../../lib/sheet"
import { sendCsv } from "../../../statements"
import { currentSeller } from "../current-seller"
import { exportRows } from "./rows"

// The seller's own listings, one row per pack size, in the columns the import takes (CSV or .xlsx).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const rows = await exportRows(req.scope, seller as any)
  if ((req.validatedQuery as any).format === "xlsx") {
    res.setHeader("Content-Type", XLSX_TYPE)
    res.setHeader("Content-Disposition", 'attachment; filename="listings.xlsx"')
    return res.send(await xlsxFile("listings", rows))
  }
  sendCsv(res, "listings.csv", csvText(rows.map((row) => row.map((cell) => csvCell(cell, typeof cell !== "number")))))
}
