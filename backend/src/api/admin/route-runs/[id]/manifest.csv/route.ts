import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { manifestCsv, manifestName } from "../../../../../modules/station/manifest"
import { sendCsv } from "../../../../statements"
import { oneRun } from "../../run"

// The run's manifest for a spreadsheet (UTF-8 with a BOM).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const run = await oneRun(req)
  res.setHeader("Cache-Control", "private, no-store")
  sendCsv(res, manifestName(run, "csv"), manifestCsv(run))
}
