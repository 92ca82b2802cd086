// The search box's suggestions, answered by the front itself straight from Meilisearch: one search of the public
// index with the backend's search-only key (GET /store/search-key), no render by Next in between. Next's route
// (src/app/[locale]/search/suggest) answers whenever this cannot: a store without Meilisearch, or Meilisearch
// failing (the front then passes the request on as any other).
const fs = require("node:fs")
const http = require("node:http")
const https = require("node:https")
const { LOCALES, SUGGESTIONS_CACHE_CONTROL, meiliSuggestQuery, publicSearchSchema, suggestionsFromMeili } = require("@luotian/contract")

const KEY_TTL_MS = 60_000
// After a failure Next answers for this long before the front asks again (and says so again in its log).
const RETRY_MS = 5_000
const PATHS = new Set(LOCALES.map((locale) => `/${locale}/search/suggest`))

/** The publishable key as the storefront's server reads it: MEDUSA_PUBLISHABLE_KEY, else the seed's key file. */
function publishableKeyFromEnv(env = process.env) {
  if (env.MEDUSA_PUBLISHABLE_KEY) return env.MEDUSA_PUBLISHABLE_KEY
  const file = env.MEDUSA_PUBLISHABLE_KEY_FILE
  return file && fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined
}

/** POSTs JSON on a kept-alive connection and resolves to the parsed answer; rejects on a status other than 200. */
function postJson(url, body, headers, agents) {
  const target = new URL(url)
  const client = target.protocol === "https:" ? https : http
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body))
    const out = client.request(target, {
      method: "POST",
      agent: agents[target.protocol],
      // Uncompressed: Meilisearch's gzipped answers wait some 40 ms on a kept-alive connection (bench/README.md).
      headers: { ...headers, "content-type": "application/json", "content-length": payload.length, "accept-encoding": "identity" },
      timeout: 5000,
    }, (answer) => {
      const chunks = []
      answer.on("data", (chunk) => chunks.push(chunk))
      answer.on("end", () => {
        if (answer.statusCode !== 200) return reject(new Error(`Meilisearch answered ${answer.statusCode}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")))
        } catch (error) {
          reject(error)
        }
      })
      answer.on("error", reject)
    })
    out.on("timeout", () => out.destroy(new Error("Meilisearch did not answer in 5 s")))
    out.on("error", reject)
    out.end(payload)
  })
}

/**
 * The suggestions' answerer for `backendUrl`; `publishableKey()` gives the store's key when asked. `answer(req,
 * res)` resolves to true once it has answered, false when Next should.
 */
function createSuggest({ backendUrl, publishableKey = publishableKeyFromEnv }) {
  const agents = { "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }) }
  let known // { search: PublicSearch | null, until }: null while Next answers
  let asking // the pending ask for it

  async function askKey() {
    const response = await fetch(`${backendUrl}/store/search-key`, { headers: { "x-publishable-api-key": publishableKey() ?? "" } })
    // 404: this store searches through the backend (no Meilisearch); Next's route answers.
    if (response.status === 404) return null
    if (!response.ok) throw new Error(`GET /store/search-key answered ${response.status}`)
    return publicSearchSchema.parse(await response.json())
  }

  /** Asks the backend for the public index and its search-only key (one ask at a time). */
  function refresh() {
    asking ??= askKey()
      .then((search) => ((known = { search, until: Date.now() + KEY_TTL_MS }), search))
      .finally(() => (asking = undefined))
    return asking
  }

  /**
   * The public index and its search-only key: asked once, then asked again each minute while the one known keeps
   * serving, so that no buyer waits for the backend but the very first.
   */
  async function publicSearch() {
    if (!known) return refresh()
    if (known.until <= Date.now()) refresh().catch(() => {})
    return known.search
  }

  async function suggestions(q) {
    const search = await publicSearch()
    if (!search) return null
    const { results } = await postJson(`${search.host}/multi-search`, { queries: [meiliSuggestQuery(search.index, q)] }, { authorization: `Bearer ${search.key}` }, agents)
    return suggestionsFromMeili(results[0])
  }

  async function answer(req, res) {
    if (req.method !== "GET" || !req.url.includes("/search/suggest")) return false
    const url = new URL(req.url, "http://front")
    if (!PATHS.has(url.pathname)) return false
    const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
    let found = []
    try {
      if (q) found = await suggestions(q)
    } catch (error) {
      // A reindex that renamed the index, a revoked key, Meilisearch or the backend down: ask for the key again soon.
      known = { search: null, until: Date.now() + RETRY_MS }
      console.error(`front: suggestions from Meilisearch failed, Next answers: ${error.message}`)
      return false
    }
    if (!found) return false
    const body = JSON.stringify({ suggestions: found })
    res.writeHead(200, { "content-type": "application/json", "cache-control": SUGGESTIONS_CACHE_CONTROL, "x-suggestions": "meilisearch" })
    res.end(body)
    return true
  }

  // Asked at start, so the first buyer finds it known (a backend not up yet: asked again by the first buyer).
  refresh().catch(() => {})
  return { answer, stop: () => Object.values(agents).forEach((agent) => agent.destroy()) }
}

module.exports = { createSuggest }
