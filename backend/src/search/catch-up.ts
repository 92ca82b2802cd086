import type { ICacheService, ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// The product index follows events; an event handled while Meilisearch is away is lost (Medusa's event bus does not
// retry it). This pass re-indexes every product whose document may have changed since the last pass that reached
// the engine: its own row, its sizes, prices, stock levels and reservations, its seller and its listing. It runs
// every minute (jobs/search-catch-up.ts); when the engine is down it fails and the next pass covers the same time.
// A bulk load that rebuilds the index at its end pauses the pass meanwhile: otherwise each pass re-indexes the
// minute's thousands of new products (twice, with the overlap) on the cores the load needs, only for the rebuild to
// write them all again (found by `npm run bench`: 202,000 documents while the catalogue grew by 80,000).

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
export const WATERMARK = "luotian:search-catch-up:through"
const PAUSED = "luotian:search-catch-up:paused"
// One pass at a time (one slow pass would otherwise overlap the next); a pause waits for the running one.
const LOCK = "search-catch-up"
const PASS_LOCK = { timeout: 300, expire: 300 }
// Rows written by transactions still open when a pass reads are covered by the next pass.
const OVERLAP_MS = 60_000
// With no watermark (a first start, or the cache lost it): the last quarter hour.
const FIRST_LOOK_BACK_MS = 15 * 60_000
// A week: Medusa's in-memory cache (no Redis) keeps it with a timer, and Node's timers overflow past 24.8 days.
const WATERMARK_TTL_S = 7 * 24 * 3600

const changedSince = (since: Date) => ({ $or: [{ updated_at: { $gte: since } }, { deleted_at: { $gte: since } }] })
const STOCK_PRODUCTS = "inventory_item.variants.product_id"

/** Which source rows name which products: [entity, field path to the product id, whether to read deleted rows]. */
const SOURCES: [string, string, boolean][] = [
  ["product_variant", "product_id", true],
  ["price", "price_set.variant.product_id", true],
  ["inventory_level", STOCK_PRODUCTS, true],
  ["reservation_item", STOCK_PRODUCTS, true],
  ["seller", "products.id", false],
  ["listing", "product_id", true],
]

function valuesAt(row: any, path: string[]): string[] {
  if (row == null) return []
  if (Array.isArray(row)) return row.flatMap((item) => valuesAt(item, path))
  if (!path.length) return [String(row)]
  return valuesAt(row[path[0]], path.slice(1))
}

/** The products touched since `since`, and those of them deleted since. */
export async function changedProducts(query: Query, since: Date): Promise<{ changed: string[]; deleted: string[] }> {
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "deleted_at"], filters: changedSince(since), withDeleted: true })
  const deleted = products.filter((p) => p.deleted_at).map((p) => p.id as string)
  const ids = new Set(products.filter((p) => !p.deleted_at).map((p) => p.id as string))
  for (const [entity, field, withDeleted] of SOURCES) {
    const { data } = await query.graph({ entity, fields: [field], filters: withDeleted ? changedSince(since) : { updated_at: { $gte: since } }, withDeleted })
    for (const row of data) valuesAt(row, field.split(".")).forEach((id) => !deleted.includes(id) && ids.add(id))
  }
  return { changed: [...ids], deleted }
}

/**
 * Pauses the pass for `seconds` (renewed by calling again), once a pass already running has ended: for a bulk load
 * in another process, which shares the store's cache and locks only on Redis. A load that stops without resuming
 * leaves the pass paused until the time runs out; the pass then covers the whole pause, its watermark unmoved.
 */
export async function pauseCatchUp(container: MedusaContainer, seconds: number) {
  await container.resolve<ICacheService>(Modules.CACHE).set(PAUSED, true, seconds)
  await container.resolve(Modules.LOCKING).execute(LOCK, async () => undefined, PASS_LOCK)
}

export async function resumeCatchUp(container: MedusaContainer) {
  await container.resolve<ICacheService>(Modules.CACHE).invalidate(PAUSED)
}

/** A rebuild read every product committed before `start`: later passes need not look further back (less overlap). */
export async function indexRebuiltAt(container: MedusaContainer, start: Date) {
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  const through = await cache.get<string>(WATERMARK)
  if (!through || Date.parse(through) < start.getTime()) await cache.set(WATERMARK, start.toISOString(), WATERMARK_TTL_S)
}

/** One pass: re-indexes what changed since the last successful one; returns how many products it covered. */
export async function catchUpSearchIndex(container: MedusaContainer, now = new Date()): Promise<number> {
  return container.resolve(Modules.LOCKING).execute(LOCK, () => pass(container, now), PASS_LOCK)
}

async function pass(container: MedusaContainer, now: Date): Promise<number> {
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  if (await cache.get(PAUSED)) return 0
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const through = await cache.get<string>(WATERMARK)
  const since = new Date((through ? Date.parse(through) : now.getTime() - FIRST_LOOK_BACK_MS + OVERLAP_MS) - OVERLAP_MS)
  const { changed, deleted } = await changedProducts(query, since)
  // The same path an event takes, so the documents are exactly what the event would have written.
  if (changed.length) await search.ingest({ name: "product.updated", data: { id: changed } } as any)
  if (deleted.length) await search.ingest({ name: "product.deleted", data: { id: deleted } } as any)
  await cache.set(WATERMARK, now.toISOString(), WATERMARK_TTL_S)
  return changed.length + deleted.length
}
