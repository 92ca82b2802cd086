import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, storefrontRevalidation } from "../lib/storefront/revalidate"

// Products change (price, stock, status, review, their seller's status all emit product.updated) and orders take
// stock: the storefront's searches, seller pages and those products' pages are refreshed.
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefrontRevalidation()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const handles = event.name === "order.placed" ? await orderedHandles(query, event.data.id) : await productHandles(query, event.data.id)
  revalidateStorefront(["catalogue", "sellers", ...handles.map((handle) => `product:${handle}`)], logger)
}

async function productHandles(query: any, id: string): Promise<string[]> {
  const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id }, withDeleted: true })
  return data.map((product: { handle: string }) => product.handle)
}

async function orderedHandles(query: any, id: string): Promise<string[]> {
  const { data } = await query.graph({ entity: "order", fields: ["items.product_handle"], filters: { id } })
  return (data[0]?.items ?? []).flatMap((item: any) => (item?.product_handle ? [item.product_handle] : []))
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "order.placed"],
}
