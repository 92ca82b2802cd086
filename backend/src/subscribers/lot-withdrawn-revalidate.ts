import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, storefrontRevalidation } from "../lib/storefront/revalidate"

// A withdrawn lot's trace page must say so at once, not when its cache runs out: the storefront's trace pages and
// the lot's product page are refreshed.
export default async function lotWithdrawnRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!storefrontRevalidation()) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "lot", fields: ["product.handle"], filters: { id: event.data.id } })
  const handle = (data[0] as any)?.product?.handle as string | undefined
  revalidateStorefront(["trace", ...(handle ? [`product:${handle}`] : [])], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: "lot.withdrawn" }
