import type { ISearchModuleService } from "@medusajs/framework/types"
import { meili, meiliHost, waitForTask as waitFor } from "./meili"

// Meilisearch keeps synonyms per physical index (`product_v1`, `product_v2` … one per version the Search Module
// builds), so the association's groups are written to each version of the product index, not to one name.
const host = meiliHost

const same = (a: Record<string, string[]>, b: Record<string, string[]>) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => [...(b[key] ?? [])].sort().join("\n") === [...a[key]].sort().join("\n"))
}

/** Writes the synonyms to every version of the product index whose setting differs; the names it changed. */
export async function applyEngineSynonyms(search: ISearchModuleService, synonyms: Record<string, string[]>): Promise<string[]> {
  if (!host()) return []
  const root = search.getIndex("product").physical_name
  const version = new RegExp(`^${root.replace(/[^\w]/g, "\\$&")}_v\\d+$`)
  const { results } = await meili("/indexes?limit=1000")
  const changed: string[] = []
  for (const { uid } of results.filter((index: { uid: string }) => version.test(index.uid))) {
    if (same(synonyms, await meili(`/indexes/${uid}/settings/synonyms`))) continue
    const task = await meili(`/indexes/${uid}/settings/synonyms`, { method: "PUT", body: JSON.stringify(synonyms) })
    await waitFor(task.taskUid)
    changed.push(uid)
  }
  return changed
}
