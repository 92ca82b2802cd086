import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cjkFontAvailable, missingFontMessage } from "../../../../../../lib/print/cjk-font"
import { publicStorefrontUrl } from "../../../../../../lib/print/public-url"
import { renderLabels } from "../../../../../../modules/lot/labels"
import { labelFacts, LabelsRefused } from "../../../../../../workflows/lot/label-facts"
import { currentSeller } from "../../../current-seller"
import type { LabelsQuery } from "../../validators"

/** A sheet (or `count`) of package labels of one of the seller's lots, with the QR code of its GS1 Digital Link. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { count, variant_id } = req.validatedQuery as unknown as LabelsQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let facts
  try {
    facts = await labelFacts(query, seller.id, req.params.id, variant_id, publicStorefrontUrl())
  } catch (error) {
    // Medusa's conflict error answers a generic message; this one tells the seller what to do first.
    if (error instanceof LabelsRefused) return void res.status(409).json({ type: "conflict", message: error.message })
    throw error
  }
  if (!cjkFontAvailable()) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, missingFontMessage("The labels"))
  const pdf = await renderLabels(facts, count)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="labels-${facts.lot}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
