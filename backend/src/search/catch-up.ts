import type { ICacheService, ISearchModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

// The product index follows events; an event handled while Meilisearch is away is lost (Medusa's event bus does not
// retry it). This pass re-indexes every product whose document may have changed since the last pass that reached
// the engine: its own row, its sizes, prices, stock levels and reservations, its seller and its listing. It runs
// every minute (jobs/search-catch-up.ts); when the engine is down it fails and the next pass covers the same time.
// A pass reads from the horizon the last one kept: when the oldest transaction still open at its read began, as the
// rows such a transaction writes later carry that time or a later one. (A fixed minute of overlap made two passes
// re-index every change, and the minute before a rebuild once more after it.) A bulk load that rebuilds the index at
// its end pauses the pass meanwhile: otherwise each pass re-indexes the minute's thousands of new products on the
// cores the load needs, only for the rebuild to write them all again (found by `npm run bench`: 202,000 documents
// while the catalogue grew by 80,000).

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
export const HORIZON = "luotian:search-catch-up:horizon"
const PAUSED = "luotian:search-catch-up:paused"
// One pass at a time (one slow pass would otherwise overlap the next); a pause waits for the running one.
const LOCK = "search-catch-up"
const PASS_LOCK = { timeout: 300, expire: 300 }
// Between the application's clock (which stamps some rows) and the database's (which stamps others and transactions).
const CLOCK_MARGIN_MS = 5_000
// With no horizon (a first start, or the cache lost it): the last quarter hour.
const FIRST_LOOK_BACK_MS = 15 * 60_000
// A week: Medusa's in-memory cache (no Redis) keeps it with a timer, and Node's timers overflow past 24.8 days.
const HORIZON_TTL_S = 7 * 24 * 3600

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

/** The products touched since `since`, and those of them deleted since (also what a rebuild writes again after it). */
export async function changedProducts(container: MedusaContainer, since: Date): Promise<{ changed: string[]; deleted: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
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
 * leaves the pass paused until the time runs out; the pass then covers the whole pause, its horizon unmoved.
 */
export async function pauseCatchUp(container: MedusaContainer, seconds: number) {
  await container.resolve<ICacheService>(Modules.CACHE).set(PAUSED, true, seconds)
  await container.resolve(Modules.LOCKING).execute(LOCK, async () => undefined, PASS_LOCK)
}

export async function resumeCatchUp(container: MedusaContainer) {
  await container.resolve<ICacheService>(Modules.CACHE).invalidate(PAUSED)
}

/**
 * The earliest time a row not yet committed can carry: the start of the oldest transaction open in the store's
 * database (the store's own role sees its sessions' start times), else `now`, less the clocks' margin.
 */
export async function readHorizon(container: MedusaContainer, now = new Date()): Promise<Date> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Client sessions only: a long vacuum would hold the horizon back for nothing.
  const { rows } = await pg.raw(
    `select min(xact_start) as oldest from pg_stat_activity
      where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid() and xact_start is not null`
  )
  const oldest = rows[0]?.oldest ? new Date(rows[0].oldest).getTime() : Infinity
  return new Date(Math.min(now.getTime(), oldest) - CLOCK_MARGIN_MS)
}

/** A rebuild read every product committed before `horizon` (read as it began): later passes start there. */
export async function indexRebuiltAt(container: MedusaContainer, horizon: Date) {
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  const kept = await cache.get<string>(HORIZON)
  if (!kept || Date.parse(kept) < horizon.getTime()) await cache.set(HORIZON, horizon.toISOString(), HORIZON_TTL_S)
}

/** One pass: re-indexes what changed since the last successful one; returns how many products it covered. */
export async function catchUpSearchIndex(container: MedusaContainer, now = new Date()): Promise<number> {
  return container.resolve(Modules.LOCKING).execute(LOCK, () => pass(container, now), PASS_LOCK)
}

async function pass(container: MedusaContainer, now: Date): Promise<number> {
  const cache = container.resolve<ICacheService>(Modules.CACHE)
  if (await cache.get(PAUSED)) return 0
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const kept = await cache.get<string>(HORIZON)
  const since = kept ? new Date(kept) : new Date(now.getTime() - FIRST_LOOK_BACK_MS)
  const horizon = await readHorizon(container, now)
  const { changed, deleted } = await changedProducts(container, since)
  // The same path an event takes, so the documents are exactly what the event would have written.
  if (changed.length) await search.ingest({ name: "product.updated", data: { id: changed } } as any)
  if (deleted.length) await search.ingest({ name: "product.deleted", data: { id: deleted } } as any)
  await cache.set(HORIZON, horizon.toISOString(), HORIZON_TTL_S)
  return changed.length + deleted.length
}
