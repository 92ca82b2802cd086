import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { catchUpSearchIndex, indexRebuiltAt, pauseCatchUp, resumeCatchUp } from "./catch-up"

// The pass against a cache, a search module and a query over rows held here; the store's own run of it (Meilisearch
// down, then back) is in integration-tests' catalogue-meilisearch.spec.ts. Medusa's search index loader imports every
// file under src/search at boot but those named with a leading underscore: hence this file's name.
type Row = { updated_at: Date; deleted_at?: Date | null } & Record<string, any>

const T = Date.parse("2026-12-05T12:00:00Z")
const at = (seconds: number) => new Date(T + seconds * 1000)

function store() {
  const rows: Record<string, Row[]> = {}
  const cache = new Map<string, { value: unknown; ttl?: number }>()
  const ingested: { name: string; ids: string[] }[] = []
  const since = (filters: any): Date => (filters.$or ? filters.$or[0] : filters).updated_at.$gte
  const services: Record<string, unknown> = {
    [Modules.CACHE]: {
      get: async (key: string) => cache.get(key)?.value ?? null,
      set: async (key: string, value: unknown, ttl?: number) => void cache.set(key, { value, ttl }),
      invalidate: async (key: string) => void cache.delete(key),
    },
    [Modules.LOCKING]: { execute: async (_key: string, job: () => Promise<unknown>) => job() },
    [Modules.SEARCH]: { ingest: async (event: any) => void ingested.push({ name: event.name, ids: [...event.data.id].sort() }) },
    [ContainerRegistrationKeys.QUERY]: {
      graph: async ({ entity, filters }: any) => ({
        data: (rows[entity] ?? []).filter((row) => row.updated_at >= since(filters) || (row.deleted_at && row.deleted_at >= since(filters))),
      }),
    },
  }
  // The start of the oldest transaction open in the database, as pg_stat_activity tells it.
  let oldestOpen: Date | null = null
  services[ContainerRegistrationKeys.PG_CONNECTION] = { raw: async () => ({ rows: [{ oldest: oldestOpen }] }) }
  const openSince = (seconds: number | null) => (oldestOpen = seconds === null ? null : at(seconds))
  const container = { resolve: (key: string) => services[key] } as any
  const product = (id: string, seconds: number, deleted = false) =>
    (rows.product ??= []).push({ id, updated_at: at(seconds), deleted_at: deleted ? at(seconds) : null })
  const price = (productId: string, seconds: number) =>
    (rows.price ??= []).push({ updated_at: at(seconds), price_set: { variant: { product_id: productId } } })
  return { container, cache, ingested, product, price, openSince }
}

describe("the search catch-up pass", () => {
  it("re-indexes what changed since the last pass began, less the clocks' margin, and deletes what was deleted", async () => {
    const { container, ingested, product, price } = store()
    product("old", -20 * 60)
    product("recent", -30)
    expect(await catchUpSearchIndex(container, at(0))).toBe(1)
    expect(ingested).toEqual([{ name: "product.updated", ids: ["recent"] }])

    product("stamped-late", -3)
    price("priced", 30)
    product("gone", 40, true)
    ingested.length = 0
    expect(await catchUpSearchIndex(container, at(60))).toBe(3)
    expect(ingested).toEqual([
      { name: "product.updated", ids: ["priced", "stamped-late"] },
      { name: "product.deleted", ids: ["gone"] },
    ])
  })

  it("looks back to the oldest transaction open at its last read, whose rows come later", async () => {
    const { container, ingested, product, openSince } = store()
    openSince(-40)
    await catchUpSearchIndex(container, at(0))
    // Committed after that pass, stamped when its transaction began.
    product("committed-late", -40)
    product("older", -50)
    openSince(null)
    expect(await catchUpSearchIndex(container, at(60))).toBe(1)
    expect(ingested).toEqual([{ name: "product.updated", ids: ["committed-late"] }])
  })

  it("while paused neither indexes nor moves its horizon; resumed, it covers the whole pause", async () => {
    const { container, cache, ingested, product } = store()
    await catchUpSearchIndex(container, at(0))
    await pauseCatchUp(container, 600)
    expect(cache.get("luotian:search-catch-up:paused")?.ttl).toBe(600)
    product("loaded", 120)
    expect(await catchUpSearchIndex(container, at(180))).toBe(0)
    expect(ingested).toEqual([])

    await resumeCatchUp(container)
    expect(await catchUpSearchIndex(container, at(240))).toBe(1)
    expect(ingested).toEqual([{ name: "product.updated", ids: ["loaded"] }])
  })

  it("after a rebuild starts from the rebuild's horizon; an older rebuild moves nothing back", async () => {
    const { container, ingested, product } = store()
    await catchUpSearchIndex(container, at(0))
    product("built", 120)
    product("during", 290)
    await indexRebuiltAt(container, at(285))
    await indexRebuiltAt(container, at(-3600))
    expect(await catchUpSearchIndex(container, at(360))).toBe(1)
    expect(ingested).toEqual([{ name: "product.updated", ids: ["during"] }])
  })
})
