import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cjkFontAvailable, missingFontMessage } from "../../../../../../lib/print/cjk-font"
import { renderIntakeReceipt } from "../../../../../../modules/station/intake-receipt"
import { ownIntake } from "../../own-intake"

/** The household's receipt for one of the station's intakes, in Chinese. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const intake = await ownIntake(req)
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The intake receipt"))
  const pdf = await renderIntakeReceipt(intake)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="intake-${intake.receipt_number}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
