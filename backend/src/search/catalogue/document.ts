import { type CatalogueCardDoc, type PackSize, priceBand } from "@luotian/contract"
import { pinyinWords } from "../../lib/pinyin"

// The catalogue document: what a product card and the search facets need, built once from a product read through
// Query with its listing (grade), its variants (pack sizes) and seller over their links. The search index (../product.ts) and the
// Postgres fallback share it, so both answer alike.

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "metadata",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  "listing.grade_code",
  "listing.grade.name",
  "listing.grade.name_en",
  "seller.handle",
  "seller.name",
  "seller.name_en",
  "seller.type",
  "seller.town",
  "seller.town_en",
  "seller.status",
  "variants.id",
  "variants.weight",
  "variants.ean",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * The public card fields (contract), the pinyin of its Chinese names (title, category, grade, seller, town, see
 * src/lib/pinyin.ts) and the price band of its lowest price, which the storefront's search counts as a facet.
 */
export type CatalogueDocument = CatalogueCardDoc & { pinyin: string; pinyin_initials: string; price_band: string | null }

type Row = Record<string, any>

const text = (value: unknown) => (typeof value === "string" ? value : "")

function cnyPrice(variant: Row): number | null {
  const price = (variant.prices ?? []).find((p: Row) => p?.currency_code === "cny")
  return price ? Number(price.amount) : null
}

function availableStock(variant: Row): number {
  let total = 0
  for (const item of variant.inventory_items ?? []) {
    for (const level of item.inventory?.location_levels ?? []) {
      total += Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
    }
  }
  return Math.max(total, 0)
}

/** The product's pack sizes, lightest first. */
function packSizes(variants: Row[]): PackSize[] {
  return variants
    .map((variant) => {
      const stock = availableStock(variant)
      return {
        variant_id: variant.id,
        net_weight_g: Number(variant.weight ?? 0),
        price_cny: cnyPrice(variant),
        stock,
        in_stock: stock > 0 || variant.manage_inventory === false,
        gtin: variant.ean ?? null,
      }
    })
    .sort((a, b) => a.net_weight_g - b.net_weight_g)
}

const lowest = (prices: (number | null)[]) => {
  const known = prices.filter((price): price is number => price !== null)
  return known.length ? Math.min(...known) : null
}

/** Builds the catalogue document of a product, or null when the store must not show it. */
export function toCatalogueDocument(product: Row): CatalogueDocument | null {
  const seller = product.seller
  if (product.status !== "published" || !seller || seller.status !== "active") {
    return null
  }
  const meta = product.metadata ?? {}
  const listing = product.listing
  const category = product.categories?.[0]
  const sizes = packSizes(product.variants ?? [])
  const created = product.created_at
  const category_name = text(category?.name)
  const grade_name = text(listing?.grade?.name)
  const spelt = pinyinWords([product.title, category_name, grade_name, seller.name, seller.town])
  const price_cny = lowest(sizes.map((size) => size.price_cny))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: text(meta.title_en),
    description: text(product.description),
    description_en: text(meta.description_en),
    thumbnail: product.thumbnail ?? null,
    category: text(category?.handle),
    category_name,
    category_name_en: text(category?.metadata?.name_en),
    grade: text(listing?.grade_code),
    grade_name,
    grade_name_en: text(listing?.grade?.name_en),
    seller: seller.handle,
    seller_name: seller.name,
    seller_name_en: seller.name_en,
    seller_type: seller.type,
    town: seller.town,
    town_en: seller.town_en,
    pinyin: spelt.full,
    pinyin_initials: spelt.initials,
    price_cny,
    price_band: priceBand(price_cny),
    stock: sizes.reduce((total, size) => total + size.stock, 0),
    in_stock: sizes.some((size) => size.in_stock),
    sizes,
    created_at: created instanceof Date ? created.toISOString() : String(created),
  }
}
