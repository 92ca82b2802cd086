import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentStandard, latestInspection } from "../../../lib/grading/current"
import { outsideBand, unitPrice } from "../../../lib/listing/band"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"
import type { ListReviewsQuery } from "./validators"

const PRODUCT_FIELDS = ["id", "title", "status", "thumbnail", "metadata", "categories.handle", "variants.prices.*", "seller.id", "seller.name", "seller.name_en", "seller.handle"]

/** The review queue as the association reads it: each listing's claimed grade beside the inspected one, its price per kg beside the band. */
export async function reviewQueue(scope: MedusaContainer, { status, seller_id, product_id, limit, offset }: ListReviewsQuery) {
  const reviews = scope.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
  const [rows, count] = await reviews.listAndCountListingReviews(
    { ...(status && { status }), ...(seller_id && { seller_id }), ...(product_id && { product_id }) },
    { order: { submitted_at: "ASC" }, take: limit, skip: offset }
  )
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: rows.map((r) => r.product_id) } })
  const byId = new Map(products.map((p: any) => [p.id, p]))
  // A page of listings spans a few categories and sellers: read each standard and inspection once.
  const standards = memo((category: string) => currentStandard(query, category))
  const inspections = memo((key: string) => latestInspection(query, ...(key.split("|") as [string, string])))
  const listings = await Promise.all(rows.map(async (review) => {
    const product: any = byId.get(review.product_id)
    const category = product?.categories?.[0]?.handle
    const standard = category ? await standards(category) : undefined
    const grade = standard?.grades.find((g) => g.code === review.claimed_grade)
    const inspection = category ? await inspections(`${review.seller_id}|${category}`) : undefined
    const inspected = standard?.grades.find((g) => g.code === inspection?.computed_grade)
    const price = product?.variants?.[0]?.prices?.find((p: any) => p.currency_code === "cny")?.amount
    const grams = product?.metadata?.net_weight_g
    return {
      ...review,
      product: product && { id: product.id, title: product.title, title_en: product.metadata?.title_en, status: product.status, thumbnail: product.thumbnail },
      seller: product?.seller ?? null,
      claimed_grade: grade ? { code: grade.code, name: grade.name, name_en: grade.name_en, rank: grade.rank } : { code: review.claimed_grade },
      inspection: inspection
        ? { inspected_at: inspection.inspected_at, grade: inspected ? { code: inspected.code, name: inspected.name, name_en: inspected.name_en, rank: inspected.rank } : null }
        : null,
      price: grade && price !== undefined
        ? {
            price_cny: String(price),
            unit_price: unitPrice(price, grams, grade.price_unit),
            band: { min: String(grade.price_min), max: String(grade.price_max), unit: grade.price_unit },
            within_band: !outsideBand(price, grams, grade),
          }
        : null,
    }
  }))
  return { listings, count, limit, offset }
}

function memo<T>(load: (key: string) => Promise<T>) {
  const seen = new Map<string, Promise<T>>()
  return (key: string) => {
    if (!seen.has(key)) seen.set(key, load(key))
    return seen.get(key)!
  }
}
