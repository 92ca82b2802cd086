// The catalogue document: what a product card and the search facets need, built once from a product read through
// Query with its listing (grade, net weight) and seller over their links. The search index (../product.ts) and the
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
  "listing.net_weight_g",
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
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export type CatalogueDocument = {
  id: string
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  thumbnail: string | null
  category: string
  category_name: string
  category_name_en: string
  grade: string
  grade_name: string
  grade_name_en: string
  seller: string
  seller_name: string
  seller_name_en: string
  seller_type: string
  town: string
  town_en: string
  price_cny: number | null
  stock: number
  in_stock: boolean
  net_weight_g: number | null
  created_at: string
}

type Row = Record<string, any>

const text = (value: unknown) => (typeof value === "string" ? value : "")

function lowestCnyPrice(variants: Row[]): number | null {
  const amounts = variants
    .flatMap((variant) => variant.prices ?? [])
    .filter((price: Row) => price?.currency_code === "cny")
    .map((price: Row) => Number(price.amount))
  return amounts.length ? Math.min(...amounts) : null
}

function availableStock(variants: Row[]): number {
  let total = 0
  for (const variant of variants) {
    for (const item of variant.inventory_items ?? []) {
      for (const level of item.inventory?.location_levels ?? []) {
        total += Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
      }
    }
  }
  return Math.max(total, 0)
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
  const variants: Row[] = product.variants ?? []
  const stock = availableStock(variants)
  const created = product.created_at
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: text(meta.title_en),
    description: text(product.description),
    description_en: text(meta.description_en),
    thumbnail: product.thumbnail ?? null,
    category: text(category?.handle),
    category_name: text(category?.name),
    category_name_en: text(category?.metadata?.name_en),
    grade: text(listing?.grade_code),
    grade_name: text(listing?.grade?.name),
    grade_name_en: text(listing?.grade?.name_en),
    seller: seller.handle,
    seller_name: seller.name,
    seller_name_en: seller.name_en,
    seller_type: seller.type,
    town: seller.town,
    town_en: seller.town_en,
    price_cny: lowestCnyPrice(variants),
    stock,
    in_stock: stock > 0 || variants.some((variant) => variant.manage_inventory === false),
    net_weight_g: listing?.net_weight_g ?? null,
    created_at: created instanceof Date ? created.toISOString() : String(created),
  }
}
