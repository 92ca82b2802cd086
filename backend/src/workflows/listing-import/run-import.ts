import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ImportError } from "@luotian/contract"
import { LISTING_IMPORT_MODULE } from "../../modules/listing-import"
import type ListingImportModuleService from "../../modules/listing-import/service"
import { setSellerStockWorkflow } from "../seller-product/set-seller-stock"
import { updateSellerListingWorkflow } from "../seller-product/update-seller-listing"
import { rowError } from "./check-sheet"
import { createImportedListingsWorkflow } from "./create-imported-listings"
import type { SheetListing } from "./work"

// New listings per workflow run: large enough that 5,000 rows take seconds, not minutes; small enough that a failed
// batch is retried listing by listing quickly.
export const BATCH = 100

type Progress = { processed: number; imported: number; failed: number; errors: ImportError[] }
const rowsOf = (listings: SheetListing[]) => listings.reduce((n, l) => n + l.sizes.length, 0)
const failedRows = (listing: SheetListing, error: unknown): ImportError[] =>
  listing.sizes.map((size) => rowError(size.row, "listing", "failed", String((error as any)?.message ?? error)))

/**
 * Runs a queued import in the worker: new listings in batches through create-imported-listings, changes to the
 * seller's existing listings through the same workflows as the portal's edits (review, bands, stock). The progress
 * is written after each batch, so the portal's bar follows it across reloads.
 */
export async function runListingImport(container: MedusaContainer, id: string) {
  const imports = container.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE)
  if (!(await imports.claim(id))) return
  const started = Date.now()
  const job = await imports.retrieveListingImport(id)
  const { seller_id, listings } = job.work as unknown as { seller_id: string; listings: SheetListing[] }
  const progress: Progress = { processed: job.processed, imported: job.imported, failed: job.failed, errors: job.errors as any }
  const save = (extra: Record<string, unknown> = {}) => imports.updateListingImports({ id, ...progress, errors: progress.errors as any, ...extra })
  // A re-run of a big sheet changes mostly nothing: its progress is written once a second, not once per listing.
  let savedAt = 0
  const saveEverySecond = async () => {
    if (Date.now() - savedAt < 1000) return
    savedAt = Date.now()
    await save()
  }
  try {
    const fresh = listings.filter((l) => !l.product_id)
    for (let i = 0; i < fresh.length; i += BATCH) {
      await createBatch(container, seller_id, fresh.slice(i, i + BATCH), progress)
      await save()
    }
    for (const listing of listings.filter((l) => l.product_id)) {
      await apply(progress, listing, () => updateListing(container, seller_id, listing))
      await saveEverySecond()
    }
    await save({ status: "done", finished_at: new Date() })
    // How long an import takes, for whoever sizes the worker (counts only: rows are the seller's business).
    container.resolve(ContainerRegistrationKeys.LOGGER).info(
      `Listing import ${id}: ${job.total} rows (${progress.imported} imported, ${progress.failed} failed) in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  } catch (error) {
    await save({ status: "failed", finished_at: new Date() })
    throw error
  }
}

async function apply(progress: Progress, listing: SheetListing, work: () => Promise<unknown>) {
  const rows = listing.sizes.length
  progress.processed += rows
  try {
    await work()
    progress.imported += rows
  } catch (error) {
    progress.failed += rows
    progress.errors.push(...failedRows(listing, error))
  }
}

/** One batch in one workflow run; if it fails (a code taken meanwhile), its listings one by one, so only theirs fail. */
async function createBatch(container: MedusaContainer, seller_id: string, batch: SheetListing[], progress: Progress) {
  try {
    await createImportedListingsWorkflow(container).run({ input: { seller_id, listings: batch } })
    progress.processed += rowsOf(batch)
    progress.imported += rowsOf(batch)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Listing import: a batch of ${batch.length} failed (${(error as Error).message}); retrying one by one`)
    for (const listing of batch) {
      await apply(progress, listing, () => createImportedListingsWorkflow(container).run({ input: { seller_id, listings: [listing] } }))
    }
  }
}

/** A listing the seller has: new prices and sizes as a portal edit (which may send it back to review), then stock. */
async function updateListing(container: MedusaContainer, seller_id: string, listing: SheetListing) {
  const product_id = listing.product_id!
  const prices = listing.sizes.filter((s) => s.variant_id && s.price_changed).map((s) => ({ variant_id: s.variant_id!, price_cny: s.price_cny }))
  if (prices.length) await updateSellerListingWorkflow(container).run({ input: { seller_id, product_id, changes: { sizes: prices } } })
  for (const size of listing.sizes.filter((s) => !s.variant_id)) {
    const { row, variant_id, price_changed, stock_changed, ...added_size } = size
    await updateSellerListingWorkflow(container).run({ input: { seller_id, product_id, changes: { added_size } } })
  }
  for (const size of listing.sizes.filter((s) => s.variant_id && s.stock_changed)) {
    await setSellerStockWorkflow(container).run({ input: { seller_id, product_id, variant_id: size.variant_id!, stock: size.stock } })
  }
}
