import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { trace } from "@opentelemetry/api"
import { startTracing, tracesMode } from "./otel"

describe("OpenTelemetry", () => {
  it("is off under NODE_ENV=test unless asked, to a file by default elsewhere, and refuses an unknown exporter", () => {
    expect(tracesMode({ NODE_ENV: "test" })).toBe("off")
    expect(tracesMode({ NODE_ENV: "test", OTEL_TRACES: "file" })).toBe("file")
    expect(tracesMode({ NODE_ENV: "production" })).toBe("file")
    expect(() => tracesMode({ OTEL_TRACES: "jaeger" })).toThrow("OTEL_TRACES must be file, console or off")
    expect(startTracing({ NODE_ENV: "test" })).toBeUndefined()
  })

  it("registers Medusa's instrumentation and writes each span as a JSON line to the file", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "luotian-otel-")), "spans.jsonl")
    const sdk = startTracing({ OTEL_TRACES: "file", OTEL_TRACES_FILE: file })
    try {
      const span = trace.getTracer("test").startSpan("checkout", { attributes: { "luotian.step": "reserve" } })
      span.end()
      // The processor exports on the next turns; flushing the registered provider waits for them.
      await (trace.getTracerProvider() as any).getDelegate().forceFlush()
      const lines = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l))
      expect(lines).toContainEqual(expect.objectContaining({ name: "checkout", trace_id: expect.stringMatching(/^[0-9a-f]{32}$/), attributes: { "luotian.step": "reserve" } }))
    } finally {
      await sdk.shutdown()
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
    }
  })
})
