import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cjkFontAvailable, missingFontMessage } from "../../../../../lib/print/cjk-font"
import { manifestName, manifestPdf } from "../../../../../modules/station/manifest"
import { oneRun } from "../../run"

// The run's manifest to print for the driver, in Chinese.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const run = await oneRun(req)
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The manifest"))
  const pdf = await manifestPdf(run)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${manifestName(run, "pdf")}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
