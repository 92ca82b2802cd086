import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { revalidateProducts } from "../../../lib/storefront/revalidate"

const WAIT_MS = 5_000

/**
 * A seller's edit reaches the search index and the storefront's cached pages before its answer, not only through its
 * events: those wait in the worker's queue behind whatever came first (an import announces some 9 events per
 * listing), and a buyer must find a new price or stock within seconds. The events still follow and write the same
 * document again. The edit is saved whatever happens here: with the engine away, the search catch-up pass writes it
 * once the engine is back (jobs/search-catch-up.ts).
 */
export const refreshListingStep = createStep("refresh-listing", async (input: { product_id: string }, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const written = container.resolve(Modules.SEARCH).ingest({ name: "product.updated", data: { id: [input.product_id] } } as any)
  try {
    // The write waits for the engine's task; behind a rebuild's queued tasks that may take minutes, and the edit
    // answers before: the task stays queued and is applied in its turn.
    await Promise.race([written, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${WAIT_MS} ms`)), WAIT_MS).unref())])
  } catch (error) {
    logger.warn(`Listing ${input.product_id}: not re-indexed yet (${(error as Error).message.slice(0, 80)}); its task or the catch-up pass will`)
  }
  await revalidateProducts(container.resolve(ContainerRegistrationKeys.QUERY), [input.product_id], logger)
  return new StepResponse()
})
