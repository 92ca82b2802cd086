// Not loaded at boot: Medusa's search index loader skips files starting with "_" (see _catch-up.test.ts).
jest.mock("./catch-up", () => ({ catchUpSearchIndex: jest.fn() }))
import searchCatchUp from "../jobs/search-catch-up"
import { catchUpSearchIndex } from "./catch-up"

const failNext = (error: Error) => (catchUpSearchIndex as jest.Mock).mockRejectedValueOnce(error)

describe("the search catch-up job", () => {
  const host = process.env.MEILISEARCH_HOST
  beforeAll(() => (process.env.MEILISEARCH_HOST = "http://127.0.0.1:1"))
  afterAll(() => (host === undefined ? delete process.env.MEILISEARCH_HOST : (process.env.MEILISEARCH_HOST = host)))

  it("says why a pass did not run, and never quotes the error's text", async () => {
    const warned: string[] = []
    const container = { resolve: () => ({ warn: (line: string) => warned.push(line), info: () => undefined }) } as any
    // The in-memory and the Redis locking providers' words for a lock still held.
    failNext(new Error("Timed-out acquiring lock."))
    await searchCatchUp(container)
    failNext(Object.assign(new Error('Failed to acquire lock for key "search-catch-up"'), { name: "MedusaError" }))
    await searchCatchUp(container)
    failNext(new Error("duplicate key value violates unique constraint: Key (email)=(buyer@example.cn)"))
    await searchCatchUp(container)
    const line = (cause: string) => `Search catch-up: this pass did not run (${cause}); the next pass covers its changes`
    expect(warned).toEqual([
      line("the pass before it still runs: Error"),
      line("the pass before it still runs: MedusaError"),
      line("Meilisearch or the database failed: Error"),
    ])
  })
})
