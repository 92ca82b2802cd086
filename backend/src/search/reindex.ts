import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { productRows } from "../lib/product-rows"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "./catalogue/document"
import { changedProducts, indexRebuiltAt, readHorizon } from "./catch-up"
import { meili, meiliHost, waitForTask } from "./meili"

// A full rebuild of the product index without downtime and without leaving an index behind: the documents are
// written to a build index beside the one serving reads (same settings, synonyms included), Meilisearch swaps the
// two atomically, and the build index — now holding the old documents — is deleted. The serving index keeps its
// name, so the storefront's search key and index name stay valid; products edited while the build ran are written
// again after the swap. The Search Module's own reindex instead builds `product_vN+1` and keeps `product_vN`.
type Row = Record<string, any>

// 2,000 products a batch: reads cost the same per product at 500 or 5,000 (lib/product-rows.ts), fewer round trips.
const BATCH = 2_000

async function activeIndex(container: MedusaContainer): Promise<string> {
  const search = container.resolve(Modules.SEARCH) as unknown as { resolveActiveDefinition_(name: string): Promise<{ physical_name: string }> }
  return (await search.resolveActiveDefinition_("product")).physical_name
}

// What the Meilisearch provider stores beside a date: its timestamp, which sorting by newest uses.
const encoded = (doc: Row) => ({ ...doc, created_at__ts: Date.parse(doc.created_at) })

async function documents(container: MedusaContainer, filters: Row, each: (docs: Row[]) => Promise<void>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const read = (skip: number) => productRows(query, PRODUCT_GRAPH_FIELDS, { status: "published", ...filters }, { skip, take: BATCH, order: { id: "ASC" } })
  let next = read(0)
  for (let skip = 0; ; skip += BATCH) {
    const data = await next
    // The next batch is read while this one is built and written (its database waits overlap this work).
    if (data.length === BATCH) (next = read(skip + BATCH)).catch(() => undefined)
    await each(data.map(toCatalogueDocument).filter((doc): doc is NonNullable<typeof doc> => doc !== null).map(encoded))
    if (data.length < BATCH) return
  }
}

/** Rebuilds the product index in place of the serving one, one rebuild at a time; the number of documents written. */
export async function reindexCatalogue(container: MedusaContainer): Promise<{ index: string; documents: number | null }> {
  if (!meiliHost()) {
    await container.resolve(Modules.SEARCH).reindex({ index: "product" })
    return { index: "product", documents: null }
  }
  // Two rebuilds would share the build index. The lease outlasts long synchronous stretches: with Redis locking's
  // default of 60 s, renewed every 20 s, a rebuild of 20,000 products in production (then 55 s of reading a batch)
  // lost its lock and failed after the swap (found by `npm run bench`).
  return container.resolve(Modules.LOCKING).execute("catalogue:reindex", () => swapIn(container), { timeout: 600, expire: 600 })
}

async function swapIn(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const serving = await activeIndex(container)
  const build = `${serving.replace(/_v\d+$/, "")}_build`
  await meili(`/indexes/${build}`, { method: "DELETE" }).then((task) => waitForTask(task.taskUid)).catch(() => undefined)
  await waitForTask((await meili("/indexes", { method: "POST", body: JSON.stringify({ uid: build, primaryKey: "id" }) })).taskUid)
  const settings = await meili(`/indexes/${serving}/settings`)
  await waitForTask((await meili(`/indexes/${build}/settings`, { method: "PATCH", body: JSON.stringify(settings) })).taskUid)
  // What is committed later, or written by a transaction open now, is written again after the swap (catchUp).
  const since = await readHorizon(container)
  let written = 0
  let last: number | undefined
  await documents(container, {}, async (docs) => {
    if (!docs.length) return
    // Meilisearch batches queued document tasks itself; only the last one is awaited.
    last = (await meili(`/indexes/${build}/documents`, { method: "POST", body: JSON.stringify(docs) })).taskUid
    written += docs.length
  })
  if (last !== undefined) await waitForTask(last)
  await waitForTask((await meili("/swap-indexes", { method: "POST", body: JSON.stringify([{ indexes: [serving, build] }]) })).taskUid)
  await waitForTask((await meili(`/indexes/${build}`, { method: "DELETE" })).taskUid)
  await dropOldVersions(serving)
  await catchUp(container, serving, since)
  await indexRebuiltAt(container, since)
  logger.info(`Catalogue index: ${written} documents swapped into ${serving}`)
  return { index: serving, documents: written }
}

/** Deletes versions the Search Module's own rebuilds left behind (`product_v1` beside a serving `product_v2`). */
async function dropOldVersions(serving: string) {
  const base = serving.replace(/_v\d+$/, "")
  const { results } = await meili("/indexes?limit=1000")
  const old = (results as { uid: string }[]).map((index) => index.uid).filter((uid) => uid !== serving && new RegExp(`^${base}_v\\d+$`).test(uid))
  for (const uid of old) await waitForTask((await meili(`/indexes/${uid}`, { method: "DELETE" })).taskUid)
}

/** Writes again the documents of products changed while the build ran (their events went to the old documents). */
async function catchUp(container: MedusaContainer, index: string, since: Date) {
  // The pass's reader of changed rows: products, sizes, prices, stock, sellers and listings, deleted ones too.
  const { changed, deleted } = await changedProducts(container, since)
  const ids = [...changed, ...deleted]
  if (!ids.length) return
  const kept = new Set<string>()
  await documents(container, { id: ids }, async (docs) => {
    docs.forEach((doc) => kept.add(doc.id))
    if (docs.length) await waitForTask((await meili(`/indexes/${index}/documents`, { method: "POST", body: JSON.stringify(docs) })).taskUid)
  })
  const gone = ids.filter((id) => !kept.has(id))
  if (gone.length) await waitForTask((await meili(`/indexes/${index}/documents/delete-batch`, { method: "POST", body: JSON.stringify(gone) })).taskUid)
}
