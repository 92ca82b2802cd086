import fs from "node:fs"
import path from "node:path"
import { Writable } from "node:stream"
import { logger } from "@medusajs/framework/logger"
import winston from "winston"
import { seededRandom } from "../../../backend/src/scripts/seeded-random"

/** Seeded, so that every run sends the same requests. */
export const prng = seededRandom

export type Route = { path: string; methods: string[] }

/** Every custom route of the backend, read from its `src/api/**\/route.ts` files: path with `:params`, methods. */
export function customRoutes(apiDir: string): Route[] {
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1])
        const route = "/" + path.relative(apiDir, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")
        routes.push({ path: route, methods: [...new Set(methods)] })
      }
    }
  }
  walk(apiDir)
  return routes.sort((a, b) => a.path.localeCompare(b.path))
}

/** Everything written to stdout, stderr and the console while capturing; nothing reaches the terminal meanwhile. */
export function captureOutput() {
  const lines: string[] = []
  const restore: (() => void)[] = []
  const text = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : safeJson(a))).join(" ")
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write
    stream.write = ((chunk: any, ...rest: any[]) => {
      lines.push(Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk))
      const done = rest.find((r) => typeof r === "function")
      if (done) done()
      return true
    }) as any
    restore.push(() => (stream.write = write))
  }
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method]
    console[method] = (...args: unknown[]) => void lines.push(text(args))
    restore.push(() => (console[method] = original))
  }
  // Medusa's logger writes through winston, whose console transport bound console.log when it was made (under Jest,
  // a buffer that the patches above never see): a stream transport of our own receives every line it writes.
  const winstonLogger = (logger as any).loggerInstance_
  const transport = new winston.transports.Stream({
    stream: new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }),
  })
  winstonLogger.add(transport)
  restore.push(() => winstonLogger.remove(transport))
  return { lines, stop: () => restore.reverse().forEach((r) => r()) }
}

function safeJson(value: unknown) {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/** A resident ID number (GB 11643-1999) with its right check character, from its first 17 digits. */
export function withCheckCharacter(first17: string) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + "10X98765432"[sum % 11]
}
