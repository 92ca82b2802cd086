import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_IMPORT_QUEUED } from "../workflows/listing-import/queue-listing-import"
import { runListingImport } from "../workflows/listing-import/run-import"

// A seller's import runs in the worker (subscribers run there when the server and worker are split), not in the
// request, and beside the worker's event queue, not in it: the queue handles one event at a time, and an import of
// thousands of rows takes minutes, in which no order's stock or other edit would reach the search index.
export default async function listingImportRun({ event, container }: SubscriberArgs<{ id: string }>) {
  runListingImport(container, event.data.id).catch((error) =>
    // Counts only: the rows are the seller's business. The import is marked failed by runListingImport.
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Listing import ${event.data.id} failed: ${(error as Error).name}: ${(error as Error).message}`)
  )
}

export const config: SubscriberConfig = { event: LISTING_IMPORT_QUEUED }
