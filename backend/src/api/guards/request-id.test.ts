import { execFileSync } from "node:child_process"
import { addRequestIdToLog, currentRequestId, requestIdOf, withRequestId } from "./request-id"

describe("request ids", () => {
  it("keeps a plain caller id and replaces anything else with a new UUID", () => {
    expect(requestIdOf("lb-7f3a.42:1")).toBe("lb-7f3a.42:1")
    for (const bad of [undefined, "", "a b", "x\n{\"level\":\"error\"}", "é", "x".repeat(129), ["a", "b"]]) {
      expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
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

  it("gets JSON lines from Medusa's logger under NODE_ENV=production", () => {
    const script = 'require("@medusajs/framework/logger").logger.warn("storage low")'
    const out = execFileSync(process.execPath, ["-e", script], { env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info" }, encoding: "utf8", cwd: __dirname })
    const line = out.trim().split("\n").map((l) => JSON.parse(l)).find((l) => l.message === "storage low")
    expect(line).toMatchObject({ level: "warn", message: "storage low", timestamp: expect.any(String) })
  })
})
