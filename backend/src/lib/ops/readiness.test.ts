import net from "node:net"
import type { AddressInfo } from "node:net"
import { checkReadiness, closeReadinessClients } from "./readiness"

const REDIS = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
const postgresOk = () => Promise.resolve()

/** A loopback port nothing listens on. */
async function deadPort() {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

afterAll(() => closeReadinessClients())

describe("readiness", () => {
  it("is ready when the machine's Redis answers, and checks only what is configured", async () => {
    expect(await checkReadiness({ postgres: postgresOk, redisUrl: REDIS })).toEqual({ ready: true, checks: { postgres: "ok", redis: "ok" } })
    expect(await checkReadiness({ postgres: postgresOk })).toEqual({ ready: true, checks: { postgres: "ok" } })
  })

  it("names each dependency that does not answer: a dead Redis or Meilisearch port, a failing or hanging Postgres", async () => {
    const port = await deadPort()
    const result = await checkReadiness({
      postgres: () => Promise.reject(new Error("connection refused")),
      redisUrl: `redis://127.0.0.1:${port}`,
      meilisearchHost: `http://127.0.0.1:${port}`,
    })
    expect(result).toEqual({ ready: false, checks: { postgres: "unreachable", redis: "unreachable", meilisearch: "unreachable" } })
    const hanging = await checkReadiness({ postgres: () => new Promise(() => {}) })
    expect(hanging).toEqual({ ready: false, checks: { postgres: "timeout" } })
  })
})
