import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { revalidateProducts } from "../../../lib/storefront/revalidate"

/**
 * A seller's edit reaches the search index and the storefront's cached pages before its answer, not only through its
 * events: those wait in the worker's queue behind whatever came first (an import announces some 9 events per
 * listing), and a buyer must find a new price or stock within seconds. The events still follow and write the same
 * document again. The edit is saved whatever happens here: with the engine away, the search catch-up pass writes it
 * once the engine is back (jobs/search-catch-up.ts).
 */
export const refreshListingStep = createStep("refresh-listing", async (input: { product_id: string }, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await container.resolve(Modules.SEARCH).ingest({ name: "product.updated", data: { id: [input.product_id] } } as any)
  } catch (error) {
    logger.warn(`Listing ${input.product_id}: not re-indexed now (${(error as Error).name}), the catch-up pass will`)
  }
  await revalidateProducts(container.resolve(ContainerRegistrationKeys.QUERY), [input.product_id], logger)
  return new StepResponse()
})
