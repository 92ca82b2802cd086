import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentStandard, latestInspection } from "../../../lib/grading/current"
import { outsideBand } from "../../../lib/listing/band"
import { composeListingName } from "../../../lib/listing/name"
import { checkBand, checkInspection, gradeOf } from "../../../lib/listing/rules"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"

export type ListingEdit = {
  seller_id: string
  product_id: string
  changes: { description?: string; description_en?: string; grade?: string; price_cny?: number; status?: "draft" | "published" }
}

const FIELDS = ["id", "status", "description", "metadata", "categories.handle", "variants.id", "variants.prices.*", "listing_review.status"]

/**
 * Works out what an edit changes and whether it sends the listing back to review: a new grade (checked like a new
 * listing), a price that leaves its grade's band, or whatever else the configured triggers name. Reads only.
 */
export const planListingEditStep = createStep("plan-listing-edit", async ({ seller_id, product_id, changes }: ListingEdit, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const triggers = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE).rereviewTriggers()
  const { data: [product] }: { data: any[] } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: product_id } })
  const meta = product.metadata ?? {}
  const category = product.categories?.[0]?.handle as string
  const variant = product.variants[0]
  const price = changes.price_cny ?? Number(variant.prices.find((p: any) => p.currency_code === "cny")?.amount)
  const standard = await currentStandard(query, category)
  const reasons: string[] = []
  let metadata: Record<string, unknown> | undefined
  let titles: { title: string; title_en: string } | undefined

  if (changes.grade !== undefined && changes.grade !== meta.grade) {
    const grade = gradeOf(standard, changes.grade, category)
    checkBand(standard!, grade, price, meta.net_weight_g)
    checkInspection(standard!, grade, await latestInspection(query, seller_id, category))
    titles = composeListingName(unifiedNameOf(meta), { zh: grade.name, en: grade.name_en }, meta.net_weight_g)
    metadata = {
      ...meta, title_en: titles.title_en, grade: grade.code, grade_zh: grade.name, grade_en: grade.name_en, grade_id: grade.id,
      standard_id: standard!.id, standard_code: standard!.code, standard_version: standard!.version,
    }
    if (triggers.includes("grade")) reasons.push("grade")
  } else if (changes.price_cny !== undefined) {
    const grade = gradeOf(standard, meta.grade, category)
    if (outsideBand(price, meta.net_weight_g, grade)) {
      if (!triggers.includes("price_band")) checkBand(standard!, grade, price, meta.net_weight_g)
      reasons.push("price_band")
    }
  }
  if (changes.price_cny !== undefined && triggers.includes("price")) reasons.push("price")
  if (changes.description !== undefined && triggers.includes("description")) reasons.push("description")
  if (changes.description_en !== undefined) metadata = { ...(metadata ?? meta), description_en: changes.description_en }

  const resubmit = reasons.length > 0
  if (changes.status === "published" && !resubmit && product.listing_review?.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the listing is ${product.listing_review?.status ?? "not reviewed"}; only the association publishes it`)
  }
  return new StepResponse({
    update: {
      ...(titles && { title: titles.title }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(metadata && { metadata }),
      ...((resubmit || changes.status) && { status: resubmit ? ("draft" as const) : changes.status }),
    },
    price: changes.price_cny !== undefined ? { variant_id: variant.id as string, amount: changes.price_cny } : null,
    resubmit: resubmit
      ? { product_id, seller_id, claimed_grade: (metadata?.grade ?? meta.grade) as string, standard_id: (metadata?.standard_id ?? meta.standard_id ?? null) as string | null }
      : null,
    reasons,
  })
})

// The unified name the listing was composed from, kept in its metadata.
function unifiedNameOf(meta: Record<string, any>) {
  return { zh: String(meta.name_zh ?? ""), en: String(meta.name_en ?? "") }
}
