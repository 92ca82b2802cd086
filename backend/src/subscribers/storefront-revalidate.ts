import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_EVENTS, productIdsOf } from "../search/catalogue/events"
import { revalidateStorefront, storefrontRevalidation } from "../lib/storefront/revalidate"

// Products change (price, stock, status, review, their seller's status all emit product.updated) and orders,
// cancellations, fulfilments and stock edits move stock: the storefront's searches, seller pages and the pages of
// the products the search index re-reads for the same event are refreshed.
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefrontRevalidation()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const handles = await productHandles(query, await productIdsOf(query, event))
  revalidateStorefront(["catalogue", "sellers", ...handles.map((handle) => `product:${handle}`)], logger)
}

async function productHandles(query: any, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: ids }, withDeleted: true })
  return data.map((product: { handle: string }) => product.handle)
}

export const config: SubscriberConfig = { event: CATALOGUE_EVENTS }
