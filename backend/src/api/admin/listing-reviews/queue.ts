import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { currentStandard, latestInspection } from "../../../modules/grading/current"
import { outsideBand, unitPrice } from "@luotian/contract"
import type { ListReviewsQuery } from "./validators"

// The listing, its claimed grade (with its band) and its product with the seller, over the listing's links.
const FIELDS = [
  "*", "grade.*",
  "product.id", "product.title", "product.status", "product.thumbnail", "product.metadata", "product.categories.handle", "product.variants.id", "product.variants.title", "product.variants.weight", "product.variants.prices.*",
  "product.images.id", "product.images.url", "product.images.rank", "product.images.metadata",
  "product.seller.id", "product.seller.name", "product.seller.name_en", "product.seller.handle",
]

const gradeView = (g: any) => ({ code: g.code, name: g.name, name_en: g.name_en, rank: g.rank })
// The photos in the order buyers see them, each with its renditions (the admin shows the small WebP).
const photosOf = (images: any[] = []) =>
  [...images].sort((a, b) => a.rank - b.rank).map((i) => ({ id: i.id, url: i.url, renditions: i.metadata?.renditions ?? null }))
const money = (value: any) => MathBN.convert(value).toFixed(2)

/** Each pack size's price, per kg (or unit) beside the claimed grade's band; lightest first. */
function sizesOf(product: any, grade: any) {
  return (product?.variants ?? [])
    .map((variant: any) => {
      const price = variant.prices?.find((p: any) => p.currency_code === "cny")?.amount
      const grams = Number(variant.weight ?? 0)
      return {
        variant_id: variant.id,
        title: variant.title,
        net_weight_g: grams,
        price_cny: price === undefined ? null : String(price),
        unit_price: grade && price !== undefined ? unitPrice(price, grams, grade.price_unit) : null,
        within_band: grade && price !== undefined ? !outsideBand(price, grams, grade) : null,
      }
    })
    .sort((a: any, b: any) => a.net_weight_g - b.net_weight_g)
}

/** The review queue as the association reads it: each listing's claimed grade beside the inspected one, its sizes' prices per kg beside the band. */
export async function reviewQueue(scope: MedusaContainer, { status, seller_id, product_id, limit, offset }: ListReviewsQuery) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows, metadata } = await query.graph({
    entity: "listing",
    fields: FIELDS,
    filters: { ...(status && { status }), ...(seller_id && { seller_id }), ...(product_id && { product_id }) },
    pagination: { order: { submitted_at: "ASC" }, take: limit, skip: offset },
  })
  // A page of listings spans a few categories and sellers: read each standard and inspection once.
  const standards = memo((category: string) => currentStandard(query, category))
  const inspections = memo((key: string) => latestInspection(query, ...(key.split("|") as [string, string])))
  const listings = await Promise.all(rows.map(async ({ product, grade, ...listing }: any) => {
    const category = product?.categories?.[0]?.handle
    const inspection = category ? await inspections(`${listing.seller_id}|${category}`) : undefined
    const inspected = inspection && (await standards(category))?.grades.find((g) => g.code === inspection.computed_grade)
    return {
      ...listing,
      product: product && { id: product.id, title: product.title, title_en: product.metadata?.title_en, status: product.status, thumbnail: product.thumbnail, photos: photosOf(product.images) },
      seller: product?.seller ?? null,
      claimed_grade: grade ? gradeView(grade) : { code: listing.grade_code },
      inspection: inspection ? { inspected_at: inspection.inspected_at, grade: inspected ? gradeView(inspected) : null } : null,
      band: grade ? { min: money(grade.raw_price_min ?? grade.price_min), max: money(grade.raw_price_max ?? grade.price_max), unit: grade.price_unit } : null,
      sizes: sizesOf(product, grade),
    }
  }))
  return { listings, count: metadata?.count ?? rows.length, limit, offset }
}

function memo<T>(load: (key: string) => Promise<T>) {
  const seen = new Map<string, Promise<T>>()
  return (key: string) => {
    if (!seen.has(key)) seen.set(key, load(key))
    return seen.get(key)!
  }
}
