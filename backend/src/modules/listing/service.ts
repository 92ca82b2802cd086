import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Listing from "./models/listing"
import { composeListingName } from "./name"
import { checkBand, checkGrade, gradeOf, type GradeRow, type Inspection, type SizePrice, type Standard, type UnifiedName, unifiedName } from "./rules"
import { outsideBand } from "@luotian/contract"

export type ListingOptions = { rereview_on?: string }

// What sends an approved listing back to review. "grade" and "price_band" (a price that leaves its grade's band)
// are the default; "price" (any price change), "description" and "photos" (added, removed or reordered) can be added.
export const REREVIEW_TRIGGERS = ["grade", "price_band", "price", "description", "photos"] as const
export type RereviewTrigger = (typeof REREVIEW_TRIGGERS)[number]

export function parseTriggers(value = "grade,price_band"): RereviewTrigger[] {
  const triggers = value.split(",").map((t) => t.trim()).filter(Boolean)
  const unknown = triggers.filter((t) => !REREVIEW_TRIGGERS.includes(t as RereviewTrigger))
  if (unknown.length) throw new Error(`LISTING_REREVIEW_ON: unknown ${unknown.join(", ")}; use ${REREVIEW_TRIGGERS.join(", ")}`)
  return triggers as RereviewTrigger[]
}

/** What the association knows when it judges a claim: the category's names, its standard in force, the seller's latest inspection. */
export type ClaimContext = { category: string; names: UnifiedName[]; standard: Standard | undefined; inspection: Inspection }
export type Size = { net_weight_g: number; price_cny: number }
export type Claim = { name: string; grade: string; sizes: Size[] }
/** An edit; `prices` are the sizes whose price it sets or adds (a new size), each named for errors. */
export type Edit = { grade?: string; prices?: SizePrice[]; description?: string; description_en?: string; status?: "draft" | "published" }
type Current = { name_code: string; grade_code: string; status: string; sizes: Size[] }

const fields = (standard: Standard, grade: GradeRow) => ({
  grade_code: grade.code, grade_id: grade.id, standard_id: standard.id, standard_version: standard.version,
})
const named = (sizes: Size[], prefix = "sizes") => sizes.map((size, i) => ({ ...size, field: `${prefix}.${i}.price_cny` }))

class ListingModuleService extends MedusaService({ Listing }) {
  protected readonly triggers_: RereviewTrigger[]

  constructor(container: Record<string, unknown>, options: ListingOptions = {}) {
    super(...arguments)
    this.triggers_ = parseTriggers(options.rereview_on)
  }

  /** Checks a new listing's claim (every size in the grade's band) and composes its name. */
  judgeClaim(claim: Claim, context: ClaimContext) {
    const name = unifiedName(context.names, claim.name, context.category)
    const grade = checkGrade(context.standard, claim.grade, context.category, named(claim.sizes), context.inspection)
    return {
      listing: { name_code: name.code, ...fields(context.standard!, grade) },
      grade: { code: grade.code, zh: grade.name, en: grade.name_en },
      ...composeListingName(name, { zh: grade.name, en: grade.name_en }),
    }
  }

  /**
   * What an edit changes in the listing and whether it goes back to review: a new grade (every size checked like a
   * new listing, the name recomposed), a price that leaves its grade's band, or whatever else the triggers name.
   */
  planEdit(current: Current, edit: Edit, context: ClaimContext) {
    const prices = edit.prices ?? []
    const reasons: RereviewTrigger[] = []
    let regraded: { listing: ReturnType<typeof fields>; title: string; title_en: string } | undefined
    if (edit.grade !== undefined && edit.grade !== current.grade_code) {
      const unchanged = named(current.sizes).filter((size) => !prices.some((p) => p.net_weight_g === size.net_weight_g))
      const grade = checkGrade(context.standard, edit.grade, context.category, [...prices, ...unchanged], context.inspection)
      const name = unifiedName(context.names, current.name_code, context.category)
      regraded = { listing: fields(context.standard!, grade), ...composeListingName(name, { zh: grade.name, en: grade.name_en }) }
      reasons.push("grade")
    } else if (prices.length) {
      const grade = gradeOf(context.standard, current.grade_code, context.category)
      const outside = prices.filter((size) => outsideBand(size.price_cny, size.net_weight_g, grade))
      if (outside.length && !this.triggers_.includes("price_band")) checkBand(context.standard!, grade, outside[0])
      if (outside.length) reasons.push("price_band")
    }
    if (prices.length) reasons.push("price")
    if (edit.description !== undefined) reasons.push("description")
    const resubmit = reasons.filter((reason) => this.triggers_.includes(reason))
    if (edit.status === "published" && !resubmit.length && current.status !== "approved") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the listing is ${current.status}; only the association publishes it`)
    }
    return { regraded, resubmit }
  }

  /**
   * Listings made when every pack size was a product of its own: a seller's products of one name and grade, to be
   * merged into one product with a variant per size. A group whose sizes repeat a weight is left alone (two products
   * of the same size are not sizes of one), and so is a product of several variants (already merged).
   */
  packSizeGroups(rows: { product_id: string; seller_id: string; name_code: string; grade_code: string; weights: number[] }[]) {
    const groups = new Map<string, typeof rows>()
    for (const row of rows.filter((r) => r.weights.length === 1)) {
      const key = `${row.seller_id} ${row.name_code} ${row.grade_code}`
      groups.set(key, [...(groups.get(key) ?? []), row])
    }
    return [...groups.values()].filter((group) => {
      const weights = group.map((row) => row.weights[0])
      return group.length > 1 && new Set(weights).size === weights.length
    })
  }

  /**
   * Whether a change of photos sends the listing to review: an approved one only when "photos" is a trigger; a
   * rejected one always, since new photos are how a seller answers a rejection for its photos.
   */
  photoChangeResubmits(status: string) {
    return status === "rejected" || (status === "approved" && this.triggers_.includes("photos"))
  }

  /** The state a listing (re)enters the review queue with. */
  pendingReview() {
    return { status: "pending" as const, reason: null, submitted_at: new Date(), decided_at: null, decided_by: null }
  }

  /** The association's decision; only a listing waiting for review can be decided. */
  async decide(product_id: string, decision: "approve" | "reject", reason: string | null, actor_id: string) {
    const [listing] = await this.listListings({ product_id })
    if (!listing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${product_id} was not found in the review queue`)
    if (listing.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Listing ${product_id} is ${listing.status}, not waiting for review`)
    }
    const status = decision === "approve" ? ("approved" as const) : ("rejected" as const)
    const after = await this.updateListings({ id: listing.id, status, reason, decided_at: new Date(), decided_by: actor_id })
    return { before: listing, after }
  }
}

export default ListingModuleService
