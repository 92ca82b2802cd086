import Redis from "ioredis"

// Readiness: whether this process can serve, i.e. reach every dependency it is configured with. Each check answers
// within a few seconds whatever the dependency does, and says only "ok" or what failed, never an address or a secret.

export type CheckResult = "ok" | "unreachable" | "timeout"
export type Readiness = { ready: boolean; checks: Record<string, CheckResult> }
type Check = () => Promise<unknown>

const TIMEOUT_MS = 2_000

async function probe(check: Check): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<CheckResult>((resolve) => (timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS)))
  try {
    return await Promise.race([check().then((): CheckResult => "ok"), timeout])
  } catch {
    return "unreachable"
  } finally {
    clearTimeout(timer)
  }
}

// One client per Redis URL for the process: it reconnects by itself, and fails fast while Redis is away.
const redisClients = new Map<string, Redis>()
function redisPing(url: string): Check {
  return async () => {
    let client = redisClients.get(url)
    if (!client) {
      client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true })
      client.on("error", () => {}) // reported by the check, not as an unhandled error
      redisClients.set(url, client)
    }
    if (client.status === "wait") await client.connect()
    if ((await client.ping()) !== "PONG") throw new Error("no PONG")
  }
}

function meilisearchHealth(host: string): Check {
  return async () => {
    const response = await fetch(new URL("/health", host), { signal: AbortSignal.timeout(TIMEOUT_MS) })
    if (!response.ok) throw new Error(`status ${response.status}`)
  }
}

export type Dependencies = { postgres: Check; redisUrl?: string; meilisearchHost?: string }

/** Checks Postgres always, Redis and Meilisearch when configured (REDIS_URL, MEILISEARCH_HOST), all at once. */
export async function checkReadiness({ postgres, redisUrl, meilisearchHost }: Dependencies): Promise<Readiness> {
  const checks: [string, Check][] = [["postgres", postgres]]
  if (redisUrl) checks.push(["redis", redisPing(redisUrl)])
  if (meilisearchHost) checks.push(["meilisearch", meilisearchHealth(meilisearchHost)])
  const results = await Promise.all(checks.map(async ([name, check]) => [name, await probe(check)] as const))
  return { ready: results.every(([, r]) => r === "ok"), checks: Object.fromEntries(results) }
}

/** Closes the Redis clients (tests; a server keeps them for its life). */
export function closeReadinessClients() {
  for (const client of redisClients.values()) client.disconnect()
  redisClients.clear()
}
