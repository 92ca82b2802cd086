// The buyer's searches the front answers itself, straight from Meilisearch with the backend's search-only key for
// the public index (GET /store/search-key), no render by Next in between: the search box's suggestions and the
// search page's results (drawn in the browser: src/modules/search/templates/search-page.tsx). Next's routes
// (src/app/[locale]/search/{suggest,results}) answer whenever this cannot: a store without Meilisearch, Meilisearch
// failing (the front then passes the request on as any other), or a query the catalogue refuses (Next says why).
const fs = require("node:fs")
const http = require("node:http")
const https = require("node:https")
const {
  LOCALES,
  SEARCH_RESULTS_CACHE_CONTROL,
  SUGGESTIONS_CACHE_CONTROL,
  catalogueFromMeili,
  catalogueQuerySchema,
  cardsFromMeili,
  learnLabels,
  meiliCatalogueQueries,
  meiliLabelQuery,
  meiliSuggestQuery,
  publicSearchSchema,
  suggestionsFromMeili,
  unlabelled,
} = require("@luotian/contract")

const KEY_TTL_MS = 60_000
// After a failure Next answers for this long before the front asks again (and says so again in its log).
const RETRY_MS = 5_000
const ANSWERS = ["suggest", "results"]
const PATHS = new Map(LOCALES.flatMap((locale) => ANSWERS.map((answer) => [`/${locale}/search/${answer}`, answer])))

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
 * The answerer for `backendUrl`; `publishableKey()` gives the store's key when asked. `kept` (the front's page cache,
 * which the backend's revalidation clears) keeps each search page's results for its `ttlMs`, as it keeps pages: a
 * popular search costs Meilisearch one search a second. `answer(req, res)` resolves to true once it has answered,
 * false when Next should.
 */
function createDirectSearch({ backendUrl, publishableKey = publishableKeyFromEnv, kept }) {
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

  const multiSearch = (search, queries) => postJson(`${search.host}/multi-search`, { queries }, { authorization: `Bearer ${search.key}` }, agents)

  /** The search box's suggestions for the words in `url`: [] when there are none. */
  async function suggestions(search, url) {
    const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
    if (!q) return { suggestions: [] }
    const { results } = await multiSearch(search, [meiliSuggestQuery(search.index, q)])
    return { suggestions: suggestionsFromMeili(results[0]) }
  }

  /** The search page's result with its facet values named; null for a query Next's route must refuse. */
  async function results(search, url) {
    const query = catalogueQuerySchema.safeParse(Object.fromEntries(url.searchParams))
    if (!query.success) return null
    const found = await multiSearch(search, meiliCatalogueQueries(search.index, query.data))
    const result = catalogueFromMeili(query.data, found.results, "meilisearch-direct")
    const labels = learnLabels(result.hits)
    const missing = unlabelled(result, labels, query.data)
    if (missing.length) learnLabels(cardsFromMeili((await multiSearch(search, missing.map((key) => meiliLabelQuery(search.index, key)))).results), labels)
    return { result, labels }
  }

  // Suggestions are not kept: nearly every one is asked once (browsers keep each answer).
  const resultsKey = (url) => kept && kept.ttlMs > 0 && `results ${new URLSearchParams([...url.searchParams].sort())}`
  const ANSWER = {
    suggest: { make: suggestions, cacheControl: SUGGESTIONS_CACHE_CONTROL, header: "x-suggestions", keyOf: () => null },
    results: { make: results, cacheControl: SEARCH_RESULTS_CACHE_CONTROL, header: "x-search-results", keyOf: resultsKey },
  }

  function send(res, kind, body, state) {
    const headers = { "content-type": "application/json", "cache-control": kind.cacheControl, [kind.header]: "meilisearch" }
    res.writeHead(200, state ? { ...headers, "x-page-cache": state } : headers)
    res.end(body)
  }

  async function answer(req, res) {
    if (req.method !== "GET" || !req.url.includes("/search/")) return false
    const url = new URL(req.url, "http://front")
    const kind = ANSWER[PATHS.get(url.pathname)]
    if (!kind) return false
    const key = kind.keyOf(url)
    const hit = key && kept.get(key)
    if (hit?.fresh) return send(res, kind, hit.body, "HIT"), true
    const generation = kept?.generation
    let body
    try {
      const search = await publicSearch()
      body = search && (await kind.make(search, url))
    } catch (error) {
      // A reindex that renamed the index, a revoked key, Meilisearch or the backend down: ask for the key again soon.
      known = { search: null, until: Date.now() + RETRY_MS }
      console.error(`front: search from Meilisearch failed, Next answers: ${error.message}`)
      return false
    }
    if (!body) return false
    const json = Buffer.from(JSON.stringify(body))
    if (key) kept.set(key, 200, {}, json, generation)
    send(res, kind, json, key ? "MISS" : undefined)
    return true
  }

  // Asked at start, so the first buyer finds it known (a backend not up yet: asked again by the first buyer).
  refresh().catch(() => {})
  return { answer, stop: () => Object.values(agents).forEach((agent) => agent.destroy()) }
}

module.exports = { createDirectSearch }
