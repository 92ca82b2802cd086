import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LISTING_IMPORT_QUEUED } from "../workflows/listing-import/queue-listing-import"
import { runListingImport } from "../workflows/listing-import/run-import"

// A seller's import runs in the worker (subscribers run there when the server and worker are split), not in the request.
export default async function listingImportRun({ event, container }: SubscriberArgs<{ id: string }>) {
  await runListingImport(container, event.data.id)
}

export const config: SubscriberConfig = { event: LISTING_IMPORT_QUEUED }
