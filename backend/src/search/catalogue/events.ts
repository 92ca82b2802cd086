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
const ENTITIES: Record<string, { entity: string; product: string }> = {
  "reservation-item": { entity: "reservation_item", product: "inventory_item.variants.product_id" },
  "inventory-level": { entity: "inventory_level", product: "inventory_item.variants.product_id" },
  "product-variant": { entity: "product_variant", product: "product_id" },
}

export const STOCK_EVENTS = ["reservation-item", "inventory-level"].flatMap((name) => ACTIONS.map((action) => `${name}.${action}`))
export const VARIANT_EVENTS = ACTIONS.map((action) => `product-variant.${action}`)

export const CATALOGUE_EVENTS = [...PRODUCT_EVENTS, ...STOCK_EVENTS, ...VARIANT_EVENTS]

/** Only this event takes documents out by id; any other re-reads them (a stock row's or a variant's `.deleted` is not the product's). */
export const isProductDeletion = (event: { name: string }) => event.name === "product.deleted"

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(String)

/** The products whose catalogue document the event may have changed, each once. */
export async function productIdsOf(query: Query, event: CatalogueEvent): Promise<string[]> {
  const ids = idsOf(event.data?.id)
  const source = ENTITIES[event.name.slice(0, event.name.lastIndexOf("."))]
  if (!source || !ids.length) return source ? [] : ids
  // A deleted reservation (or variant) is soft-deleted: it still names its inventory item (or product).
  const { data } = await query.graph({ entity: source.entity, fields: [source.product], filters: { id: ids }, withDeleted: true })
  const products = data.flatMap((row) => (row.inventory_item ? row.inventory_item.variants ?? [] : [row])).map((row: any) => row?.product_id)
  return [...new Set<string>(products.filter(Boolean))]
}
