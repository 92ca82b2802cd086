import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

// Guessing passwords, invite tokens or reset addresses is throttled per account and per client address. Each attempt
// takes a point before it runs, so parallel guesses cannot outrun the count; a success clears the account's points and
// gives the address its point back, and so does a server error (not the client's doing). With REDIS_URL the counts
// live in Redis, so the limits hold across every server instance (and fall back to memory while Redis is away);
// without it, in memory (one process, as `npm start` runs the store).

// `ready` resolves once the counts are shared (Redis connected); until then each instance counts in its own memory.
export type LoginLimits = { account: RateLimiterAbstract; address: RateLimiterAbstract; ready: () => Promise<void>; close: () => void }
type Env = Record<string, string | undefined>

function whole(env: Env, name: string, fallback: number) {
  const value = Number(env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not ${env[name]}`)
  return value
}

/** Limiters from the environment: `LOGIN_LIMIT_WINDOW_SECONDS` (900), `LOGIN_LIMIT_PER_ACCOUNT` (10), `LOGIN_LIMIT_PER_ADDRESS` (100). */
export function createLoginLimits(env: Env = process.env, prefix = "luotian:login"): LoginLimits {
  const duration = whole(env, "LOGIN_LIMIT_WINDOW_SECONDS", 900)
  const account = { keyPrefix: `${prefix}:account`, points: whole(env, "LOGIN_LIMIT_PER_ACCOUNT", 10), duration }
  const address = { keyPrefix: `${prefix}:address`, points: whole(env, "LOGIN_LIMIT_PER_ADDRESS", 100), duration }
  if (!env.REDIS_URL) {
    return { account: new RateLimiterMemory(account), address: new RateLimiterMemory(address), ready: async () => {}, close: () => {} }
  }
  const storeClient = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  const redis = (options: typeof account) =>
    new RateLimiterRedis({ storeClient, ...options, insuranceLimiter: new RateLimiterMemory(options) })
  const ready = () => (storeClient.status === "ready" ? Promise.resolve() : new Promise<void>((resolve) => storeClient.once("ready", () => resolve())))
  return { account: redis(account), address: redis(address), ready, close: () => storeClient.disconnect() }
}

let limits: LoginLimits | undefined
const loginLimits = () => (limits ??= createLoginLimits())

/** Who an attempt is against: the actor type from `/auth/<actor>/…` and the e-mail it names, if any. */
export function accountOf(req: MedusaRequest): string | undefined {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const email = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : undefined
  const actor = /^\/auth\/([^/]+)\//.exec(req.path)?.[1]
  return email && actor ? `${actor}:${email.trim().toLowerCase().slice(0, 320)}` : undefined
}

type Taken = [RateLimiterAbstract, string]

function tooMany(res: MedusaResponse, wait: RateLimiterRes, perAccount: boolean) {
  const seconds = Math.max(1, Math.ceil(wait.msBeforeNext / 1000))
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_requests",
    message: `Too many attempts ${perAccount ? "for this account" : "from this address"}; retry after ${seconds} s`,
  })
}

/** Throttles a route that checks a secret (password, invite token, reset request). */
export async function limitAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { account, address } = loginLimits()
  const who = accountOf(req)
  const keys: Taken[] = [[address, req.ip ?? req.socket.remoteAddress ?? "unknown"], ...(who ? [[account, who] as Taken] : [])]
  const taken: Taken[] = []
  for (const [limiter, key] of keys) {
    try {
      await limiter.consume(key)
      taken.push([limiter, key])
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error)
      await Promise.all(taken.map(([l, k]) => l.reward(k)))
      return tooMany(res, error, limiter === account)
    }
  }
  res.on("finish", () => {
    if (res.statusCode >= 400 && res.statusCode < 500) return
    // A success or a server error: the attempt does not count.
    for (const [limiter, key] of taken) void (limiter === account && res.statusCode < 400 ? limiter.delete(key) : limiter.reward(key)).catch(() => {})
  })
  next()
}
