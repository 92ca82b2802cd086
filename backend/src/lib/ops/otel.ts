import fs from "node:fs"
import path from "node:path"

// Medusa's OpenTelemetry instrumentation (HTTP layer, queries, workflows, Postgres), exported as one JSON line per
// span: to a file by default (OTEL_TRACES_FILE, rotated at 50 MB), to the console with OTEL_TRACES=console, or
// not at all with OTEL_TRACES=off (the default under NODE_ENV=test). Point a collector at the file, or replace
// the exporter with an OTLP one where there is a collector to send to. The SDK's standard OTEL_TRACES_SAMPLER and
// OTEL_TRACES_SAMPLER_ARG keep a share of the traces where every one costs too much.
type Env = Record<string, string | undefined>
type Span = { name: string; spanContext(): { traceId: string; spanId: string }; parentSpanContext?: { spanId: string }; parentSpanId?: string; startTime: [number, number]; duration: [number, number]; attributes: Record<string, unknown>; status: { code: number } }
const ROTATE_AT = 50 * 1024 * 1024
const toMs = ([s, ns]: [number, number]) => s * 1000 + ns / 1e6

export function tracesMode(env: Env = process.env): "file" | "console" | "off" {
  const mode = env.OTEL_TRACES ?? (env.NODE_ENV === "test" ? "off" : "file")
  if (mode !== "file" && mode !== "console" && mode !== "off") throw new Error(`OTEL_TRACES must be file, console or off, not ${mode}`)
  return mode
}

const lineOf = (span: Span) =>
  JSON.stringify({
    name: span.name,
    trace_id: span.spanContext().traceId,
    span_id: span.spanContext().spanId,
    parent_span_id: span.parentSpanContext?.spanId ?? span.parentSpanId,
    start: new Date(toMs(span.startTime)).toISOString(),
    duration_ms: Math.round(toMs(span.duration) * 1000) / 1000,
    status: span.status.code,
    attributes: span.attributes,
  })

/** A span exporter writing JSON lines to `write`, a batch at a time. */
export function jsonLinesExporter(write: (lines: string) => Promise<void> | void) {
  return {
    export(spans: Span[], done: (result: { code: number }) => void) {
      Promise.resolve()
        .then(() => write(spans.map(lineOf).join("\n") + "\n"))
        .then(() => done({ code: 0 }), () => done({ code: 1 }))
    },
    shutdown: async () => {},
    forceFlush: async () => {},
  }
}

/** Appends to `file` without blocking the event loop, moving it to `file.1` past 50 MB. */
export function fileWriter(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return async (lines: string) => {
    const size = await fs.promises.stat(file).then((s) => s.size, () => 0)
    if (size > ROTATE_AT) await fs.promises.rename(file, `${file}.1`)
    await fs.promises.appendFile(file, lines)
  }
}

/** Registers Medusa's instrumentation with the configured exporter; returns the SDK, or undefined when off. */
export function startTracing(env: Env = process.env) {
  const mode = tracesMode(env)
  if (mode === "off") return undefined
  const { registerOtel } = require("@medusajs/medusa") as typeof import("@medusajs/medusa")
  const { BatchSpanProcessor } = require("@medusajs/framework/opentelemetry/sdk-trace-node")
  const file = path.resolve(env.OTEL_TRACES_FILE || "otel-traces.jsonl")
  const write = mode === "console" ? (lines: string) => void process.stdout.write(lines) : fileWriter(file)
  const exporter = jsonLinesExporter(write) as any
  return registerOtel({
    serviceName: env.OTEL_SERVICE_NAME || "luotian-backend",
    exporter,
    // Medusa exports each span as it ends (a write per database query); batches leave the requests' CPU to them.
    spanProcessor: new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000, maxQueueSize: 8192, maxExportBatchSize: 1024 }),
    instrument: { http: true, query: true, workflows: true, db: true },
  })
}
