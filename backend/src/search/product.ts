import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { productRows } from "../lib/product-rows"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "./catalogue/document"
import { CATALOGUE_EVENTS, isProductDeletion, productIdsOf } from "./catalogue/events"

// Only published products of active sellers become documents; the helpers delete the rest.
const source = {
  fields: PRODUCT_GRAPH_FIELDS,
  // `sizes` is an array of the objects declared below; the schema builder's types know single objects only.
  transform: (rows: Record<string, any>[]) => rows.map(toCatalogueDocument).filter((doc) => doc !== null) as (Record<string, any> & { id: string })[],
}

/**
 * An event's products, read as the rebuild reads them (lib/product-rows.ts): the catch-up pass hands over thousands at
 * once after a bulk load, and one graph with their categories costs time quadratic in them. As Medusa's graphConsume
 * does, a product read back without a document (unpublished, its seller suspended, deleted) leaves the index.
 */
async function consumeProducts(event: { name: string; data?: any }, { container }: { container: any }) {
  const ids = await productIdsOf(container.query, event)
  if (!ids.length) return []
  if (isProductDeletion(event)) return [{ action: "delete" as const, filters: { id: ids } }]
  const documents = source.transform(await productRows(container.query, PRODUCT_GRAPH_FIELDS, { id: ids }))
  const kept = new Set(documents.map((doc) => doc.id))
  const gone = ids.filter((id) => !kept.has(id))
  return [
    ...(documents.length ? [{ action: "upsert" as const, documents }] : []),
    ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : []),
  ]
}

const facet = () => search.keyword().filterable().facetable()

export const productIndex = defineSearchIndex({
  name: "product",
  entity: "product",
  fields: search.define({
    id: search.keyword().filterable(),
    handle: search.keyword().filterable(),
    title: search.text().searchable({ weight: 5 }),
    title_en: search.text().searchable({ weight: 5 }),
    category_name: search.text().searchable({ weight: 4 }),
    category_name_en: search.text().searchable({ weight: 4 }),
    grade_name: search.text().searchable({ weight: 3 }),
    grade_name_en: search.text().searchable({ weight: 3 }),
    seller_name: search.text().searchable({ weight: 2 }),
    seller_name_en: search.text().searchable({ weight: 2 }),
    town: facet().searchable({ weight: 2 }),
    town_en: search.keyword().searchable({ weight: 2 }),
    description: search.text().searchable(),
    description_en: search.text().searchable(),
    // Whole pinyin words of the Chinese names (banli, heishanyang) and their initials (bl, hsy); never shown.
    pinyin: search.text().searchable(),
    pinyin_initials: search.text().searchable(),
    thumbnail: search.keyword(),
    category: facet(),
    grade: facet(),
    seller: facet(),
    seller_type: facet(),
    // The lowest price of its sizes: "from ¥…", and what sorting by price orders.
    price_cny: search.float().filterable().sortable().facetable(),
    // The band of that price (contract's priceBand): the storefront counts the bands in the page's own query.
    price_band: facet(),
    stock: search.integer().filterable(),
    in_stock: search.boolean().filterable().facetable(),
    // Shown on the card only: a product's pack sizes, lightest first (an array of these objects).
    sizes: search.object({
      variant_id: search.keyword(),
      net_weight_g: search.integer(),
      price_cny: search.float(),
      stock: search.integer(),
      in_stock: search.boolean(),
      gtin: search.keyword(),
    }),
    created_at: search.date().sortable().filterable(),
  }),
  settings: {
    typo_tolerance: { enabled: true },
    // A buyer's price or newest sort orders every match strictly (Meilisearch's default sorts only among
    // equally relevant ones), as the Postgres fallback does; without a sort, relevance alone decides.
    // Meilisearch counts at most 1,000 hits by default; the catalogue route pages up to offset 10,000.
    provider_options: {
      meilisearch: {
        // Exactness before attribute: a whole word matched (bl, the initials of 板栗) outranks the start of a longer
        // one in a weightier field ("black").
        rankingRules: ["sort", "words", "typo", "proximity", "exactness", "attribute"],
        pagination: { maxTotalHits: 10_000 },
      },
    },
  },
  // Product and stock events: each is read back as the documents of the products it concerns.
  events: CATALOGUE_EVENTS,
  consume: consumeProducts,
  seed: graphSeed(source),
})
