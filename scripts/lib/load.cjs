// The benchmark's load: a number of clients each sending one request after another, timed one by one as raw bytes
// (node:http, gzip accepted and kept: what a browser's network timing shows). A page's body is decoded and searched
// for the outage notice only after its row: decoding while the row runs would time the client, not the store
// (bench/README.md: a cached page timed through fetch and decoded as it came took 14–26 ms at p97.5, as raw bytes 4–6).
const http = require("node:http")
const zlib = require("node:zlib")
const { performance } = require("node:perf_hooks")

const TIMEOUT_MS = 60_000
const DECODE = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync }

/**
 * One timed request through `agent` (a GET, or a POST of `body` as JSON): its milliseconds, an error for a non-2xx
 * answer or no answer, and (when `keep`) the body's bytes and encoding to check after the row.
 */
function timedRequest(url, { agent, headers = {}, body, keep } = {}) {
  const started = performance.now()
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  const json = payload ? { "content-type": "application/json", "content-length": payload.length } : {}
  return new Promise((resolve) => {
    let timer
    const done = (result) => {
      clearTimeout(timer)
      resolve({ ms: performance.now() - started, ...result })
    }
    const request = http.request(url, { method: payload ? "POST" : "GET", agent, headers: { "accept-encoding": "gzip", ...headers, ...json } }, (response) => {
      const chunks = []
      response.on("data", (chunk) => keep && chunks.push(chunk))
      response.on("error", (error) => done({ error: error.message }))
      response.on("close", () => response.complete || done({ error: "the answer was cut off" }))
      response.on("end", () => {
        if (response.statusCode < 200 || response.statusCode > 299) return done({ error: `HTTP ${response.statusCode}` })
        done(keep ? { bytes: Buffer.concat(chunks), encoding: response.headers["content-encoding"] } : {})
      })
    })
    timer = setTimeout(() => request.destroy(new Error(`no answer in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)
    request.on("error", (error) => done({ error: error.message }))
    request.end(payload)
  })
}

/** A kept answer's error once decoded: the page shows `refuse` (the outage notice). */
function refused(result, refuse) {
  if (result.error || !result.bytes) return result
  const decode = DECODE[result.encoding] ?? ((bytes) => bytes)
  const error = refuse.test(decode(result.bytes).toString("utf8")) ? `page says ${refuse}` : undefined
  return { ms: result.ms, error }
}

const refusedIfKept = (result, refuse) => (refuse ? refused(result, refuse) : result)

/**
 * One timed visit: a URL, or a list of URLs asked one after another as a browser does (the search page, then its
 * results), timed together; the first error ends it.
 */
async function timedVisit(visit, options) {
  if (!Array.isArray(visit)) return timedRequest(visit, options)
  let ms = 0
  for (const url of visit) {
    const result = refusedIfKept(await timedRequest(url, options), options.refuse)
    ms += result.ms
    if (result.error) return { ...result, ms }
  }
  return { ms }
}

/**
 * Sends `urls` (one visit each, in order: a URL or a list of them, timedVisit) from `clients` concurrent clients and
 * sums the timings up. `warmup` requests (not counted) go first, from the same clients and connections.
 */
async function load(urls, { clients, warmup = [], headers, refuse, bodies }) {
  const agent = new http.Agent({ keepAlive: true })
  const drive = async (list, record) => {
    let next = 0
    const client = async () => {
      while (next < list.length) {
        const at = next++
        record(await timedVisit(list[at], { agent, headers, body: bodies?.(at), keep: Boolean(refuse), refuse }))
      }
    }
    await Promise.all(Array.from({ length: Math.min(clients, list.length) }, client))
  }
  try {
    await drive(warmup, () => {})
    const results = []
    const started = performance.now()
    await drive(urls, (result) => results.push(result))
    const wallMs = performance.now() - started
    return summary(refuse ? results.map((result) => refused(result, refuse)) : results, wallMs)
  } finally {
    agent.destroy()
  }
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

module.exports = { load, percentile }
