import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catchUpSearchIndex } from "../search/catch-up"

// Edits made while Meilisearch was down reach the index at the first pass after it is back (search/catch-up.ts).
export default async function searchCatchUp(container: MedusaContainer) {
  if (!process.env.MEILISEARCH_HOST) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const count = await catchUpSearchIndex(container)
    if (count) logger.info(`Search catch-up: ${count} products re-indexed`)
  } catch (error) {
    // The name and a cause only: a database error's message may quote a row.
    const { name, message } = error as Error
    const cause = /acquir\w* lock/i.test(message) ? "the pass before it still runs" : "Meilisearch or the database failed"
    logger.warn(`Search catch-up: this pass did not run (${cause}: ${name}); the next pass covers its changes`)
  }
}

// Every minute; SEARCH_CATCH_UP_SCHEDULE may say otherwise (a six-field cron counts seconds).
export const config = { name: "search-catch-up", schedule: process.env.SEARCH_CATCH_UP_SCHEDULE || "* * * * *" }
