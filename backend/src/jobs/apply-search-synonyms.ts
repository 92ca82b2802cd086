import type { MedusaContainer } from "@medusajs/framework/types"
import { applySynonymsWorkflow } from "../workflows/synonym/apply-synonyms"

// A reindex builds a new version of the product index without synonyms; this gives it the association's groups
// (it writes nothing when every version already has them).
export default async function applySearchSynonyms(container: MedusaContainer) {
  if (!process.env.MEILISEARCH_HOST) return
  await applySynonymsWorkflow(container).run()
}

export const config = { name: "apply-search-synonyms", schedule: "* * * * *" }
