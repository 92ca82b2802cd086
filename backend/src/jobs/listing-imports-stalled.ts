import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_IMPORT_MODULE } from "../modules/listing-import"
import type ListingImportModuleService from "../modules/listing-import/service"

// An import writes its progress at least once a batch of 100 listings (seconds); one silent for 10 minutes has lost
// its worker, and would otherwise show "importing" for ever.
export const STALLED_AFTER_MINUTES = 10

export default async function listingImportsStalled(container: MedusaContainer) {
  const stopped = await container.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE).failStalled(STALLED_AFTER_MINUTES)
  if (stopped.length) container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Listing imports stopped mid-way, marked failed: ${stopped.join(", ")}`)
}

export const config = { name: "listing-imports-stalled", schedule: "*/5 * * * *" }
