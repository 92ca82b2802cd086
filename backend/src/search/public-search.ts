import type { ISearchModuleService } from "@medusajs/framework/types"
import type { PublicSearch } from "@luotian/contract"

// The buyer's search goes from the storefront to Meilisearch itself, with a key that can do nothing but search the
// product index's versions (`product_v*`). The index holds only what a buyer may see: documents of published
// products of active sellers (search/catalogue/document.ts deletes the rest), with their public fields. The key is
// made with the master key when first asked for, under a fixed uid, so every process hands out the same key (its
// value is Meilisearch's HMAC of the uid with the master key) and the master key never leaves the backend.
const KEY_UID = "8f1c2b7e-4a5d-4c3e-9b6a-6c756f746961"

const host = () => process.env.MEILISEARCH_HOST?.replace(/\/$/, "")

async function meili(path: string, init: RequestInit = {}) {
  return fetch(`${host()}${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.MEILISEARCH_API_KEY}` },
  })
}

/** The search-only key's value, made on first use. */
async function searchKey(pattern: string): Promise<string> {
  const existing = await meili(`/keys/${KEY_UID}`)
  if (existing.ok) return (await existing.json()).key
  const created = await meili("/keys", {
    method: "POST",
    body: JSON.stringify({
      uid: KEY_UID,
      name: "storefront search",
      description: "Search only, the public product index only",
      actions: ["search"],
      indexes: [pattern],
      expiresAt: null,
    }),
  })
  if (!created.ok) throw new Error(`Meilisearch refused to create the search key: ${created.status} ${await created.text()}`)
  return (await created.json()).key
}

let key: Promise<string> | undefined

/** Where and how the storefront searches the public index; null without Meilisearch (the Postgres fallback answers). */
export async function publicSearch(search: ISearchModuleService): Promise<PublicSearch | null> {
  if (!host() || !process.env.MEILISEARCH_API_KEY) return null
  const root = search.getIndex("product").physical_name
  key ??= searchKey(`${root}_v*`).catch((error) => {
    key = undefined
    throw error
  })
  // The version serving reads now (the Search Module's own lookup, cached by it); a reindex (search/reindex.ts)
  // swaps new documents into this same index, so the name only changes when the index definition does.
  const active = await (search as unknown as { resolveActiveDefinition_(name: string): Promise<{ physical_name: string }> })
    .resolveActiveDefinition_("product")
  return { host: process.env.MEILISEARCH_PUBLIC_HOST || host()!, index: active.physical_name, key: await key }
}
