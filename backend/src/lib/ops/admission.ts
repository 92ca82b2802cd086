import { AsyncResource } from "node:async_hooks"
import http from "node:http"
import { wholeSetting, wrapServerListener } from "./http-server"

// Load shedding for a server instance. Medusa handles every request it accepts at once on its one thread, so past
// capacity each request slows with all the others: 200 buyers checking out together on 2 cores all waited past two
// minutes and none finished (bench/CHECKOUT.md). Here at most HTTP_MAX_CONCURRENT requests run; the next ones wait
// their turn in arrival order, up to HTTP_QUEUE_MAX of them for at most HTTP_QUEUE_WAIT_MS, and the rest are told
// at once to come back (503 with Retry-After). Health checks always pass, so a busy instance is not taken for dead.
type Env = Record<string, string | undefined>
type Listener = (req: http.IncomingMessage, res: http.ServerResponse) => void
export type Limits = { maxConcurrent: number; queueMax: number; queueWaitMs: number }

/** HTTP_MAX_CONCURRENT (16), HTTP_QUEUE_MAX (1000), HTTP_QUEUE_WAIT_MS (60 s, half a request's time limit). */
export function admissionLimits(env: Env = process.env): Limits {
  return {
    maxConcurrent: wholeSetting(env, "HTTP_MAX_CONCURRENT", 16, 1),
    queueMax: wholeSetting(env, "HTTP_QUEUE_MAX", 1000, 0),
    queueWaitMs: wholeSetting(env, "HTTP_QUEUE_WAIT_MS", 60_000, 100),
  }
}

const BUSY = JSON.stringify({ type: "unavailable", message: "The store is busy, please try again in a few seconds. 店铺繁忙，请几秒后再试。" })

function refuse(res: http.ServerResponse) {
  if (res.headersSent || res.destroyed) return
  res.writeHead(503, { "content-type": "application/json; charset=utf-8", "retry-after": "5", "cache-control": "no-store" })
  res.end(BUSY)
}

/** `listener` behind the limits: the same requests, admitted in arrival order. */
export function admit(listener: Listener, limits: Limits): Listener {
  let running = 0
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = []
  const next = () => {
    while (running < limits.maxConcurrent && waiting.length) {
      const turn = waiting.shift()!
      clearTimeout(turn.timer)
      turn.start()
    }
  }
  return (req, res) => {
    if (req.url === "/health" || req.url?.startsWith("/health/")) return listener(req, res)
    // Run in the request's own context (its request id), whichever request's end lets it in.
    const start = AsyncResource.bind(() => {
      running += 1
      res.once("close", () => {
        running -= 1
        next()
      })
      listener(req, res)
    })
    if (running < limits.maxConcurrent) return start()
    if (waiting.length >= limits.queueMax) return refuse(res)
    const turn = { start, timer: setTimeout(() => leave(turn, true), limits.queueWaitMs) }
    const leave = (t: typeof turn, timedOut: boolean) => {
      const at = waiting.indexOf(t)
      if (at < 0) return
      waiting.splice(at, 1)
      clearTimeout(t.timer)
      if (timedOut) refuse(res)
    }
    waiting.push(turn)
    // A buyer who gave up while waiting frees the place.
    res.once("close", () => leave(turn, false))
  }
}

/** Makes `http.createServer` put every server's listener behind the limits. */
export function applyAdmission(env: Env = process.env, target: typeof http = http) {
  const limits = admissionLimits(env)
  wrapServerListener(target, Symbol.for("luotian.admission"), (listener) => admit(listener, limits))
}
