import http from "node:http"
import { wholeSetting } from "./http-server"

// Medusa creates its HTTP server itself (`medusa start`) and exposes no timeouts; Node's defaults let a client hold a
// connection for a minute per header and five minutes per request. instrumentation.ts, which `medusa start` runs
// before it creates the server, makes every server created afterwards use these.
type Env = Record<string, string | undefined>

// Milliseconds, at least 100.
const ms = (env: Env, name: string, fallback: number) => wholeSetting(env, name, fallback, 100)

/** HTTP_HEADERS_TIMEOUT_MS (15 s), HTTP_REQUEST_TIMEOUT_MS (120 s: a photo upload), HTTP_KEEP_ALIVE_TIMEOUT_MS (65 s). */
export function serverTimeouts(env: Env = process.env) {
  const headersTimeout = ms(env, "HTTP_HEADERS_TIMEOUT_MS", 15_000)
  const requestTimeout = ms(env, "HTTP_REQUEST_TIMEOUT_MS", 120_000)
  if (requestTimeout < headersTimeout) throw new Error("HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS")
  return {
    headersTimeout,
    requestTimeout,
    // Longer than a load balancer's idle timeout (often 60 s), so the balancer never reuses a connection being closed.
    keepAliveTimeout: ms(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", 65_000),
    // How often Node looks for connections past those limits (its default is 30 s).
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  }
}

const PATCHED = Symbol.for("luotian.serverTimeouts")

/** Makes `http.createServer` give every server these timeouts (options the caller passes win). */
export function applyServerTimeouts(env: Env = process.env, target: typeof http = http) {
  if ((target as any)[PATCHED]) return
  const timeouts = serverTimeouts(env)
  const original = target.createServer
  target.createServer = ((...args: any[]) => {
    const [options, listener] = typeof args[0] === "function" || args[0] === undefined ? [{}, args[0]] : args
    const server = original.call(target, { ...timeouts, ...options }, listener)
    server.keepAliveTimeout = (options as any).keepAliveTimeout ?? timeouts.keepAliveTimeout
    return server
  }) as typeof http.createServer
  ;(target as any)[PATCHED] = true
}
