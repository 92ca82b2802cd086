import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentStandard, latestInspection } from "../../../lib/grading/current"
import { composeListingName } from "../../../lib/listing/name"
import { checkBand, checkInspection, gradeOf, unifiedName } from "../../../lib/listing/rules"

export type ListingClaim = { seller_id: string; category: string; name: string; grade: string; net_weight_g: number; price_cny: number }

/**
 * Checks a listing's claim against the association's data (unified name, the category's standard in force, the
 * grade's price band, the seller's latest inspection) and composes its name. Reads only, so nothing to undo.
 */
export const resolveListingStep = createStep("resolve-listing", async (claim: ListingClaim, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [category] } = await query.graph({ entity: "product_category", fields: ["id", "metadata"], filters: { handle: claim.category } })
  if (!category) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: no category has the handle "${claim.category}"`)
  const name = unifiedName((category.metadata?.unified_names as any[]) ?? [], claim.name, claim.category)
  const standard = await currentStandard(query, claim.category)
  const grade = gradeOf(standard, claim.grade, claim.category)
  checkBand(standard!, grade, claim.price_cny, claim.net_weight_g)
  checkInspection(standard!, grade, await latestInspection(query, claim.seller_id, claim.category))
  return new StepResponse({
    category_id: category.id as string,
    ...composeListingName({ zh: name.zh, en: name.en }, { zh: grade.name, en: grade.name_en }, claim.net_weight_g),
    name: { code: name.code, zh: name.zh, en: name.en },
    grade: { id: grade.id, code: grade.code, zh: grade.name, en: grade.name_en },
    standard: { id: standard!.id, code: standard!.code, version: standard!.version },
  })
})
