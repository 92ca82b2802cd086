import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront } from "../lib/storefront/revalidate"

// The public impact page shows the rollups' figures as soon as they are rebuilt (hourly, or on the association's
// refresh), not when its 5-minute cache runs out.
export default async function impactRefreshedRevalidate({ container }: SubscriberArgs<{ from: string; to: string }>) {
  revalidateStorefront(["impact"], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: "impact.refreshed" }
