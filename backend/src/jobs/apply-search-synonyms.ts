import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applySynonymsWorkflow } from "../workflows/synonym/apply-synonyms"

// A reindex builds a new version of the product index without synonyms; this gives it the association's groups
// (it writes nothing when every version already has them). Meilisearch being down is the fallback's business: a
// warning here, and the next minute tries again.
export default async function applySearchSynonyms(container: MedusaContainer) {
  if (!process.env.MEILISEARCH_HOST) return
  try {
    await applySynonymsWorkflow(container).run()
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search synonyms: not applied to Meilisearch (${(error as Error).message})`)
  }
}

export const config = { name: "apply-search-synonyms", schedule: "* * * * *" }
