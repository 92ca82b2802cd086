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
    logger.warn(`Search catch-up: the index is behind, retried next pass (${(error as Error).name})`)
  }
}

// Every minute; SEARCH_CATCH_UP_SCHEDULE may say otherwise (a six-field cron counts seconds).
export const config = { name: "search-catch-up", schedule: process.env.SEARCH_CATCH_UP_SCHEDULE || "* * * * *" }
