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
const STOCK_ENTITIES: Record<string, string> = {
  "reservation-item": "reservation_item",
  "inventory-level": "inventory_level",
}

export const STOCK_EVENTS = Object.keys(STOCK_ENTITIES).flatMap((name) => ACTIONS.map((action) => `${name}.${action}`))

export const CATALOGUE_EVENTS = [...PRODUCT_EVENTS, ...STOCK_EVENTS]

/** Only this event takes documents out by id; any other re-reads them (a stock row's `.deleted` is not the product's). */
export const isProductDeletion = (event: { name: string }) => event.name === "product.deleted"

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).map(String)

/** The products whose catalogue document the event may have changed, each once. */
export async function productIdsOf(query: Query, event: CatalogueEvent): Promise<string[]> {
  const ids = idsOf(event.data?.id)
  const entity = STOCK_ENTITIES[event.name.slice(0, event.name.lastIndexOf("."))]
  if (!entity || !ids.length) return entity ? [] : ids
  // A deleted reservation is soft-deleted: it still names its inventory item.
  const { data } = await query.graph({
    entity,
    fields: ["inventory_item.variants.product_id"],
    filters: { id: ids },
    withDeleted: true,
  })
  const products = data.flatMap((row) => row.inventory_item?.variants ?? []).map((variant: any) => variant?.product_id)
  return [...new Set<string>(products.filter(Boolean))]
}
