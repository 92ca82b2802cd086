import http from "node:http"
import type { AddressInfo } from "node:net"
import { currentRequestId, tagEveryRequest } from "../../api/guards/request-id"
import { admissionLimits, applyAdmission } from "./admission"

/** A server behind the limits whose requests each take `ms`, answering the order they were let in. */
async function busyServer(env: Record<string, string>, ms: number) {
  const target = { createServer: http.createServer } as unknown as typeof http
  applyAdmission(env, target)
  const order: string[] = []
  const server = target.createServer((req, res) => {
    order.push(req.url!)
    setTimeout(() => res.end(req.url), ms)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = (path: string) => fetch(`${base}${path}`).then(async (r) => ({ path, status: r.status, retry: r.headers.get("retry-after"), body: await r.text() }))
  return { server, order, get }
}

describe("admission", () => {
  it("runs at most the limit at once, lets the next in in arrival order, and tells the ones past the queue to come back", async () => {
    const { server, order, get } = await busyServer({ HTTP_MAX_CONCURRENT: "2", HTTP_QUEUE_MAX: "2", HTTP_QUEUE_WAIT_MS: "5000" }, 200)
    try {
      const answers: Promise<any>[] = []
      for (const path of ["/a", "/b", "/c", "/d", "/e"]) {
        answers.push(get(path))
        // Arrival order, as a balancer passes requests on.
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const health = await get("/health")
      const done = await Promise.all(answers)
      expect(done.map((d) => [d.path, d.status])).toEqual([["/a", 200], ["/b", 200], ["/c", 200], ["/d", 200], ["/e", 503]])
      expect(done[4]).toMatchObject({ retry: "5", body: expect.stringContaining("店铺繁忙") })
      // The health check passed the queue: it ran while /a and /b held both places.
      expect(health.status).toBe(200)
      expect(order).toEqual(["/a", "/b", "/health", "/c", "/d"])
    } finally {
      server.close()
    }
  })

  it("answers 503 to a request that waited longer than the queue's limit", async () => {
    const { server, get } = await busyServer({ HTTP_MAX_CONCURRENT: "1", HTTP_QUEUE_WAIT_MS: "200" }, 600)
    try {
      const [first, second] = await Promise.all([get("/first"), new Promise((r) => setTimeout(r, 20)).then(() => get("/second"))])
      expect([first.status, second.status]).toEqual([200, 503])
    } finally {
      server.close()
    }
  })

  it("runs a request let in from the queue with its own request id, not the id of the request whose end let it in", async () => {
    const target = { createServer: http.createServer } as unknown as typeof http
    tagEveryRequest(target)
    applyAdmission({ HTTP_MAX_CONCURRENT: "1" }, target)
    const seen: (string | undefined)[] = []
    const server = target.createServer((_req, res) => {
      seen.push(currentRequestId())
      setTimeout(() => res.end(), 100)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/store/carts`
    try {
      await Promise.all(["first-1", "second-2"].map((id) => fetch(url, { headers: { "x-request-id": id } })))
      expect(seen.sort()).toEqual(["first-1", "second-2"])
    } finally {
      server.close()
    }
  })

  it("refuses limits that are not whole numbers", () => {
    expect(admissionLimits({})).toEqual({ maxConcurrent: 16, queueMax: 1000, queueWaitMs: 60_000 })
    expect(() => admissionLimits({ HTTP_MAX_CONCURRENT: "0" })).toThrow("HTTP_MAX_CONCURRENT must be a whole number ≥ 1")
    expect(() => admissionLimits({ HTTP_QUEUE_WAIT_MS: "1.5" })).toThrow("HTTP_QUEUE_WAIT_MS must be a whole number ≥ 100")
  })
})
