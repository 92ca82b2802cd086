import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { revalidateProducts } from "../lib/storefront/revalidate"

// The write waits for the engine's task; behind a rebuild's queued tasks that may take minutes, so an edit answers
// after at most this long, its task still queued and applied in its turn.
const WAIT_MS = 5_000

/**
 * Writes the products' search documents and asks the storefront to refresh their pages now, in the edit's own
 * request, not only through its events: those wait in the worker's queue behind whatever came first (a seller's
 * import announces some 9 events per listing), and a buyer must find a new price or stock within seconds. The
 * events still follow and write the same documents again. Never fails the edit: with the engine away, the search
 * catch-up pass writes them once it is back (jobs/search-catch-up.ts).
 */
export async function refreshCatalogue(container: MedusaContainer, productIds: string[]) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!productIds.length) return
  try {
    const written = container.resolve(Modules.SEARCH).ingest({ name: "product.updated", data: { id: productIds } } as any)
    await Promise.race([written, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${WAIT_MS} ms`)), WAIT_MS).unref())])
    await revalidateProducts(container.resolve(ContainerRegistrationKeys.QUERY), productIds, logger)
  } catch (error) {
    logger.warn(`Search: ${productIds.length} edited products not refreshed yet (${(error as Error).message.slice(0, 80)}); their events or the catch-up pass will`)
  }
}
