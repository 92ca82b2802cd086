import { execFileSync } from "node:child_process"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { addRequestIdToLog, currentRequestId, requestIdOf, tagEveryRequest, withRequestId } from "./request-id"

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe("request ids", () => {
  it("keeps a plain caller id and replaces anything else with a new UUID", () => {
    expect(requestIdOf("lb-7f3a.42:1")).toBe("lb-7f3a.42:1")
    for (const bad of [undefined, "", "a b", "x\n{\"level\":\"error\"}", "é", "x".repeat(129), ["a", "b"]]) {
      expect(requestIdOf(bad)).toMatch(UUID)
    }
  })

  it("answers the id, and adds it to log lines written while the request is handled, also from its body's events", async () => {
    const seen: Record<string, unknown>[] = []
    const winstonLike = { format: { options: {}, transform: (info: Record<string, unknown>) => (seen.push({ ...info }), info) } }
    addRequestIdToLog(winstonLike)
    const headers: Record<string, string> = {}
    const { EventEmitter } = require("node:events")
    const req = Object.assign(new EventEmitter(), { headers: { "x-request-id": "req-1" } })
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) }
    let parsed: Promise<void> | undefined
    withRequestId(req as any, res as any, () => {
      // A body parser's callback runs from the request's stream events.
      parsed = new Promise<void>((resolve) => req.on("end", () => resolve(void winstonLike.format.transform({ level: "info", message: "parsed" }))))
    })
    // Emitted from outside the request's context, as the socket's data is.
    setImmediate(() => req.emit("end"))
    await parsed
    winstonLike.format.transform({ level: "info", message: "outside" })
    expect(headers).toEqual({ "x-request-id": "req-1" })
    expect((req as any).requestId).toBe("req-1")
    expect(seen).toEqual([{ level: "info", message: "parsed", request_id: "req-1" }, { level: "info", message: "outside" }])
    expect(currentRequestId()).toBeUndefined()
  })

  it("tags every request as the server receives it, so one refused before any route middleware has its id too", async () => {
    const target = { createServer: http.createServer } as unknown as typeof http
    tagEveryRequest(target)
    const seenInside: (string | undefined)[] = []
    // Refuses every request itself, as Medusa's publishable-key or authentication check does before our middleware.
    const server = target.createServer((req, res) => {
      seenInside.push(currentRequestId())
      withRequestId(req as any, res as any, () => {
        res.statusCode = 401
        res.end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/products`
    try {
      const given = await fetch(url, { headers: { "x-request-id": "lb-1.2" } })
      const fresh = await fetch(url, { headers: { "x-request-id": "a b" } })
      expect([given.status, given.headers.get("x-request-id")]).toEqual([401, "lb-1.2"])
      expect(fresh.headers.get("x-request-id")).toMatch(UUID)
      expect(seenInside).toEqual(["lb-1.2", fresh.headers.get("x-request-id")])
    } finally {
      server.close()
    }
  })

  it("gets JSON lines from Medusa's logger under NODE_ENV=production", () => {
    const script = 'require("@medusajs/framework/logger").logger.warn("storage low")'
    const out = execFileSync(process.execPath, ["-e", script], { env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info" }, encoding: "utf8", cwd: __dirname })
    const line = out.trim().split("\n").map((l) => JSON.parse(l)).find((l) => l.message === "storage low")
    expect(line).toMatchObject({ level: "warn", message: "storage low", timestamp: expect.any(String) })
  })
})
