import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_EVENTS, productIdsOf } from "../search/catalogue/events"
import { revalidateProducts, storefrontRevalidation } from "../lib/storefront/revalidate"

// Products change (price, stock, status, review, their seller's status all emit product.updated) and orders,
// cancellations, fulfilments and stock edits move stock: the storefront's searches, seller pages and the pages of
// the products the search index re-reads for the same event are refreshed.
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefrontRevalidation()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await revalidateProducts(query, await productIdsOf(query, event), container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: CATALOGUE_EVENTS }
