import { logger } from "@medusajs/framework/logger"
import type { SuiteContext } from "../support/boot"
import { captureOutput } from "../support/fuzz"
import { failure, MEMBER, registerSeller } from "../support/sellers"
import { storeHeaders } from "../support/store"

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

// Request ids, JSON log lines and readiness, on the backend as the suites run it (Medusa's logger writes the same JSON
// lines under NODE_ENV=test as in production: only development gets its coloured text).
export default function observabilitySuite({ api, getContainer }: SuiteContext) {
  it("answers each request with its x-request-id: the caller's when plain, a new UUID otherwise", async () => {
    const store = await storeHeaders(getContainer())
    const given = await api.get("/store/regions", { headers: { ...store.headers, "x-request-id": "lb-9f2c.1" } })
    expect(given.headers["x-request-id"]).toBe("lb-9f2c.1")
    const fresh = await api.get("/health/ready")
    expect(fresh.headers["x-request-id"]).toMatch(UUID)
    const forged = await api.get("/health/ready", { headers: { "x-request-id": 'x","level":"error' } })
    expect(forged.headers["x-request-id"]).toMatch(UUID)
  })

  it("is ready when Postgres answers (this backend runs without Redis and Meilisearch), and says so without secrets", async () => {
    const { status, data, headers } = await api.get("/health/ready")
    expect(status).toBe(200)
    expect(data).toEqual({ status: "ready", checks: { postgres: "ok" } })
    expect(headers["cache-control"]).toBe("no-store")
    expect((await api.get("/health")).status).toBe(200)
  })

  it("logs a refused household as a JSON line with the request id, and none of the household's data", async () => {
    const seller = await registerSeller(api, "obs-coop")
    logger.setLogLevel("info")
    const output = captureOutput()
    let refused: { status: number; data: any }
    try {
      const bad = { ...MEMBER, id_number: MEMBER.id_number.slice(0, 17) + "9" }
      refused = await failure(api.post("/vendors/me/members", bad, { headers: { ...seller.auth.headers, "x-request-id": "obs-members-1" } }))
    } finally {
      output.stop()
      logger.unsetLogLevel()
    }
    expect(refused.status).toBe(400)
    const lines = output.lines.join("").split("\n").filter(Boolean)
    const ours = lines.map((l) => JSON.parse(l)).filter((l) => l.request_id === "obs-members-1")
    expect(ours).toContainEqual(expect.objectContaining({ level: "info", message: "400 at POST /vendors/me/members", timestamp: expect.any(String) }))
    const logged = lines.join("\n")
    for (const datum of [MEMBER.name, MEMBER.phone, MEMBER.id_number.slice(0, 14), MEMBER.village]) {
      expect([datum, logged.includes(datum)]).toEqual([datum, false])
    }
  })
}
