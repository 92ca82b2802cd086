// Which events change a product's catalogue document, and for which products: the one mapping the search index
// and the storefront's revalidation share.

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
type CatalogueEvent = { name: string; data?: { id?: string | string[] } }

const ACTIONS = ["created", "updated", "deleted"]

export const PRODUCT_EVENTS = ACTIONS.map((action) => `product.${action}`)

// Stock is stocked less reserved quantity per level. Medusa's workflows announce each change by the id of the
// reservation or level (verified in @medusajs/core-flows 2.21): placing an order creates reservations
// (complete-cart), cancelling deletes them (cancel-order), a fulfilment lowers the level and updates or deletes
// them (create-fulfillment), a stock edit updates the level (update-inventory-levels, batch-inventory-item-levels).
// A price edit is announced by the variant's id (update-product-variants emits `product-variant.updated`).
const ENTITIES: Record<string, { entity: string; variants: string }> = {
  "reservation-item": { entity: "reservation_item", variants: "inventory_item.variants." },
  "inventory-level": { entity: "inventory_level", variants: "inventory_item.variants." },
  "product-variant": { entity: "product_variant", variants: "" },
}
// A new product has a document only if it was created published (the portal's and the import's wait for review).
const NEW_PRODUCT = { entity: "product", fields: ["id", "status"] }

export const STOCK_EVENTS = ["reservation-item", "inventory-level"].flatMap((name) => ACTIONS.map((action) => `${name}.${action}`))
export const VARIANT_EVENTS = ACTIONS.map((action) => `product-variant.${action}`)

export const CATALOGUE_EVENTS = [...PRODUCT_EVENTS, ...STOCK_EVENTS, ...VARIANT_EVENTS]

/** Only this event takes documents out by id; any other re-reads them (a stock row's or a variant's `.deleted` is not the product's). */
export const isProductDeletion = (event: { name: string }) => event.name === "product.deleted"

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(String)

/**
 * The products whose catalogue document the event may have changed, each once. A new product, or a stock or variant
 * event of a product, that is not published is skipped: it has no document, and its publication re-reads it whole.
 * (An import of 100 draft listings announces some 800 variants and stock levels; each would otherwise be read back.)
 */
export async function productIdsOf(query: Query, event: CatalogueEvent): Promise<string[]> {
  const ids = idsOf(event.data?.id)
  if (event.name === "product.created" && ids.length) {
    const { data } = await query.graph({ ...NEW_PRODUCT, filters: { id: ids } })
    return data.filter((product) => product.status === "published").map((product) => product.id as string)
  }
  const source = ENTITIES[event.name.slice(0, event.name.lastIndexOf("."))]
  if (!source || !ids.length) return source ? [] : ids
  // A deleted reservation (or variant) is soft-deleted: it still names its inventory item (or product).
  const fields = [`${source.variants}product_id`, `${source.variants}product.status`]
  const { data } = await query.graph({ entity: source.entity, fields, filters: { id: ids }, withDeleted: true })
  const variants = data.flatMap((row) => (row.inventory_item ? row.inventory_item.variants ?? [] : [row]))
  const published = variants.filter((variant: any) => variant?.product?.status === "published")
  return [...new Set<string>(published.map((variant: any) => variant.product_id))]
}
