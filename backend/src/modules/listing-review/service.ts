import { MedusaService } from "@medusajs/framework/utils"
import ListingReview from "./models/listing-review"

export type ListingReviewOptions = { rereview_on?: string }

// What sends an approved listing back to review. "grade" and "price_band" (a price that leaves its grade's band)
// are the default; "price" (any price change) and "description" can be added.
export const REREVIEW_TRIGGERS = ["grade", "price_band", "price", "description"] as const
export type RereviewTrigger = (typeof REREVIEW_TRIGGERS)[number]

export function parseTriggers(value = "grade,price_band"): RereviewTrigger[] {
  const triggers = value.split(",").map((t) => t.trim()).filter(Boolean)
  const unknown = triggers.filter((t) => !REREVIEW_TRIGGERS.includes(t as RereviewTrigger))
  if (unknown.length) throw new Error(`LISTING_REREVIEW_ON: unknown ${unknown.join(", ")}; use ${REREVIEW_TRIGGERS.join(", ")}`)
  return triggers as RereviewTrigger[]
}

class ListingReviewModuleService extends MedusaService({ ListingReview }) {
  protected readonly triggers_: RereviewTrigger[]

  constructor(container: Record<string, unknown>, options: ListingReviewOptions = {}) {
    super(...arguments)
    this.triggers_ = parseTriggers(options.rereview_on)
  }

  rereviewTriggers() {
    return this.triggers_
  }
}

export default ListingReviewModuleService
