import { composeListingName, sizeLabel } from "../../modules/listing/name"
import { SIZE_OPTION } from "../../workflows/seller-product/pack-size"
import type { GradeView } from "../../modules/grading/view"
import { LINES } from "../seed-data/products"
import { seededRandom as random } from "../seeded-random"

// Generated listings for the benchmark's large catalogue: the seeded product lines (the association's unified names,
// their sellers and descriptions) in many more grades, pack sizes and lots, priced inside each grade's band, so titles,
// facets and prices look like the real store's.

export type Category = { id: string; handle: string }
export type Standard = { id: string; code: string; version: number; grades: GradeView[] }
export type Seller = { id: string; handle: string; location_id: string; shipping_profile_id: string }
// The listing row besides its product: what the association approved.
export type ListingFields = { name_code: string; grade_code: string; grade_id: string; standard_id: string; standard_version: number }
export type GeneratedSize = { sku: string; stock: number }
export type Listing = { handle: string; seller: Seller; listing: ListingFields; sizes: GeneratedSize[]; product: Record<string, unknown> }
export type Catalogue = {
  categories: Map<string, Category>
  standards: Map<string, Standard>
  sellers: Map<string, Seller>
  thumbnails: Map<string, string>
  salesChannelId: string
}

// Pack sizes a seller of the category would list, in grams.
const SIZES: Record<string, number[]> = {
  chestnut: [250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000],
  "black-goat": [500, 1000, 1500, 2000, 2500, 3000, 5000, 10000],
  herbs: [100, 150, 200, 250, 300, 500, 1000],
  tea: [50, 100, 125, 150, 200, 250, 500],
}
const HARVESTS = [2023, 2024, 2025]

const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)]
const fen = (yuan: string) => Math.round(Number(yuan) * 100)
// USD list prices follow CNY at 7.10 per dollar, as in the seed, in whole cents.
const usdCents = (cnyFen: number) => Math.round((cnyFen * 10) / 71)

/** The pack's price in fen: a whole-yuan price per kg (or per unit) inside the grade's band, times the size. */
export function priceFen(grade: Pick<GradeView, "price_min" | "price_max" | "price_unit">, grams: number, next: () => number) {
  const min = fen(grade.price_min) / 100
  const max = fen(grade.price_max) / 100
  const perUnit = (min + Math.floor(next() * (max - min + 1))) * 100
  return grade.price_unit === "kg" ? Math.max(1, Math.round((perUnit * grams) / 1000)) : perUnit
}

/** The n-th generated listing (n counts from 1 across the whole run). */
export function listing(n: number, catalogue: Catalogue): Listing {
  const next = random(n * 7919)
  const line = LINES[n % LINES.length]
  const sellersOfCategory = [...new Set(LINES.filter((l) => l.category === line.category).map((l) => l.seller))]
  const seller = catalogue.sellers.get(next() < 0.6 ? line.seller : pick(next, sellersOfCategory))!
  const standard = catalogue.standards.get(line.category)!
  const grade = pick(next, standard.grades)
  // One to three pack sizes, each priced inside the band.
  const sizes = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, SIZES[line.category])))].sort((a, b) => a - b)
  const harvest = pick(next, HARVESTS)
  const handle = `${seller.handle}-${line.key}-${grade.code}-lot${n}`
  const names = composeListingName({ zh: line.name, en: line.name_en }, { zh: grade.name, en: grade.name_en })
  const variants = sizes.map((grams) => {
    const cny = priceFen(grade, grams, next)
    const title = sizeLabel(grams).zh
    return {
      title,
      sku: `${handle}-${grams}g`.toUpperCase(),
      weight: grams,
      manage_inventory: true,
      options: { [SIZE_OPTION]: title },
      prices: [
        { currency_code: "cny", amount: cny / 100 },
        { currency_code: "usd", amount: usdCents(cny) / 100 },
      ],
    }
  })
  const thumbnail = catalogue.thumbnails.get(line.key) ?? null
  return {
    handle,
    seller,
    listing: { name_code: line.key, grade_code: grade.code, grade_id: grade.id, standard_id: standard.id, standard_version: standard.version },
    // About one size in twenty is sold out.
    sizes: variants.map((variant) => ({ sku: variant.sku, stock: next() < 0.05 ? 0 : 5 + Math.floor(next() * 500) })),
    product: {
      title: names.title,
      handle,
      description: `${line.description}${harvest}年产，批次 ${n}。`,
      status: "published",
      category_ids: [catalogue.categories.get(line.category)!.id],
      thumbnail,
      images: thumbnail ? [{ url: thumbnail }] : [],
      shipping_profile_id: seller.shipping_profile_id,
      sales_channels: [{ id: catalogue.salesChannelId }],
      metadata: {
        title_en: names.title_en,
        description_en: `${line.description_en} ${harvest} harvest, lot ${n}.`,
      },
      options: [{ title: SIZE_OPTION, values: variants.map((variant) => variant.title) }],
      variants,
    },
  }
}
