import fs from "node:fs"
import path from "node:path"

// Medusa's OpenTelemetry instrumentation (HTTP layer, queries, workflows, Postgres), exported as one JSON line per
// span: to a file by default (OTEL_TRACES_FILE, rotated at 50 MB), to the console with OTEL_TRACES=console, or
// not at all with OTEL_TRACES=off (the default under NODE_ENV=test). Point a collector at the file, or replace
// the exporter with an OTLP one where there is a collector to send to.
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

/** A span exporter writing JSON lines to `write`. */
export function jsonLinesExporter(write: (lines: string) => void) {
  return {
    export(spans: Span[], done: (result: { code: number }) => void) {
      try {
        write(spans.map(lineOf).join("\n") + "\n")
        done({ code: 0 })
      } catch {
        done({ code: 1 })
      }
    },
    shutdown: async () => {},
    forceFlush: async () => {},
  }
}

export function fileWriter(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return (lines: string) => {
    if (fs.existsSync(file) && fs.statSync(file).size > ROTATE_AT) fs.renameSync(file, `${file}.1`)
    fs.appendFileSync(file, lines)
  }
}

/** Registers Medusa's instrumentation with the configured exporter; returns the SDK, or undefined when off. */
export function startTracing(env: Env = process.env) {
  const mode = tracesMode(env)
  if (mode === "off") return undefined
  const { registerOtel } = require("@medusajs/medusa") as typeof import("@medusajs/medusa")
  const file = path.resolve(env.OTEL_TRACES_FILE || "otel-traces.jsonl")
  const write = mode === "console" ? (lines: string) => process.stdout.write(lines) : fileWriter(file)
  return registerOtel({
    serviceName: env.OTEL_SERVICE_NAME || "luotian-backend",
    exporter: jsonLinesExporter(write) as any,
    instrument: { http: true, query: true, workflows: true, db: true },
  })
}
