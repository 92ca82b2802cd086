// The benchmark's load: a number of clients each sending one request after another, timed one by one.
const { performance } = require("node:perf_hooks")

const TIMEOUT_MS = 60_000

/**
 * One timed request (a GET, or a POST of `body` as JSON, a function of the request's number when it varies); a non-2xx
 * answer, a timeout or an outage notice in a page counts as an error.
 */
async function timedGet(url, { headers = {}, refuse, body } = {}) {
  const started = performance.now()
  try {
    const post = body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } }
    const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS), ...post })
    const text = await response.text()
    const ms = performance.now() - started
    if (response.status < 200 || response.status > 299) return { ms, error: `HTTP ${response.status}` }
    if (refuse && refuse.test(text)) return { ms, error: `page says ${refuse}` }
    return { ms }
  } catch (error) {
    return { ms: performance.now() - started, error: error.name === "TimeoutError" ? `no answer in ${TIMEOUT_MS / 1000} s` : error.message }
  }
}

/**
 * Sends `urls` (one request each, in order) from `clients` concurrent clients and sums the timings up.
 * `warmup` requests (not counted) go first, from the same clients.
 */
async function load(urls, { clients, warmup = [], headers, refuse, bodies }) {
  const drive = async (list, record) => {
    let next = 0
    const client = async () => {
      while (next < list.length) {
        const at = next++
        record(await timedGet(list[at], { headers, refuse, body: bodies?.(at) }))
      }
    }
    await Promise.all(Array.from({ length: Math.min(clients, list.length) }, client))
  }
  await drive(warmup, () => {})
  const results = []
  const started = performance.now()
  await drive(urls, (result) => results.push(result))
  return summary(results, performance.now() - started)
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function summary(results, wallMs) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b)
  const errors = results.filter((r) => r.error)
  return {
    n: results.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p975: percentile(ms, 97.5),
    max: ms[ms.length - 1] ?? NaN,
    rps: results.length / (wallMs / 1000),
    errors: errors.length,
    firstError: errors[0]?.error,
  }
}

module.exports = { load, percentile, timedGet }
