#!/usr/bin/env node
// Benchmark (`npm run bench`): starts its own store on a fresh database, measures the latency of the home, search
// and product pages and of the backend's catalogue routes with the seeded catalogue, grows the catalogue to
// --products (default 20,000), measures again, weighs the product page's JavaScript, and writes the results
// (with the command used) to --out. Everything it starts is stopped and the database dropped, also on failure or Ctrl+C.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { performance } from "node:perf_hooks"

const require = createRequire(import.meta.url)
const { run, stopAll, freePort, waitForHttp, STORE_GRACE_MS } = require("./lib/processes.cjs")
const { load } = require("./lib/load.cjs")
const { resultsQuery, searchVisit } = require("./lib/search-visit.cjs")
const { pageJs } = require("./lib/page-js.cjs")
const { report } = require("./lib/bench-report.cjs")
const { startRedis } = require("./lib/redis.cjs")
const { catalogueQuerySchema, meiliCatalogueQueries, meiliSuggestQuery } = require("@luotian/contract")
const pg = require("pg")

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const adminDb = process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres"
const DIST_DIR = ".next-bench"
const PRODUCT = "old-tree-chestnut-special"
// The storefront's outage notice (zh and en): a page that shows it is an error, whatever its status.
const OUTAGE = /商城暂时无法连接|The store cannot be reached/

const options = parseOptions(process.argv.slice(2))
const state = { dbName: `luotian_bench_${Date.now()}`, dataDir: null, store: null, created: false, tsconfig: null, products: 0 }
const tsconfigFile = path.join(root, "storefront", "tsconfig.json")

function parseOptions(argv) {
  const defaults = { products: "20000,100000", clients: 8, requests: 300, out: "bench/RESULTS.md" }
  const parsed = { ...defaults }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "")
    if (!(key in defaults) || argv[i + 1] === undefined) {
      console.error(`bench: unknown option ${argv[i]}; use --products N --clients C --requests R --out FILE`)
      process.exit(2)
    }
    parsed[key] = key === "out" ? argv[i + 1] : key === "products" ? argv[i + 1] : Number(argv[i + 1])
    const numbers = key === "products" ? String(parsed[key]).split(",").map(Number) : [parsed[key]]
    if (key !== "out" && !numbers.every((n) => Number.isInteger(n) && n > 0)) {
      console.error(`bench: --${key} must be a positive whole number${key === "products" ? " (or several, comma-separated)" : ""}`)
      process.exit(2)
    }
  }
  parsed.sizes = String(parsed.products).split(",").map(Number).sort((a, b) => a - b)
  // A cached page answers 300–800 requests a second: 200 of them last under a second, where one pause of a process
  // (a garbage collection, a background re-render) holds the 5 slowest that p97.5 is read from. Its row lasts seconds.
  parsed.cachedRequests = Math.max(parsed.requests, 2_000)
  const args = argv.join(" ")
  parsed.command = process.env.npm_lifecycle_event === "bench" ? `npm run bench${args ? ` -- ${args}` : ""}` : `node scripts/bench.mjs${args ? ` ${args}` : ""}`
  return parsed
}

async function database(sql, name = "postgres") {
  const client = new pg.Client({ connectionString: adminDb.replace(/\/[^/]*$/, `/${name}`) })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** Starts scripts/store.mjs on the fresh database and free ports, with its own search engine and Next output folder. */
async function startStore() {
  const [backendPort, storefrontPort, meiliPort, redisPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
  state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luotian-bench-"))
  await database(`CREATE DATABASE "${state.dbName}"`)
  state.created = true
  // A fresh build: pages cached by an earlier run (ISR, data cache) must not answer for this one.
  fs.rmSync(path.join(root, "storefront", DIST_DIR), { recursive: true, force: true })
  const env = { ...process.env }
  // The store in production mode, alone: built backend (server and worker) on a Redis and a Meilisearch of its own.
  const redis = await startRedis({ port: redisPort })
  state.redis = redis
  for (const name of ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "REDIS_URL", "STOREFRONT_URL", "REVALIDATE_SECRET", "PERSONAL_DATA_KEY"]) delete env[name]
  Object.assign(env, {
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    STORE_DATA_DIR: state.dataDir,
    STORE_MODE: "production",
    REDIS_URL: redis.url,
    // The association's admin UI is not measured; its build would only lengthen the run.
    DISABLE_MEDUSA_ADMIN: "true",
    DATABASE_URL: adminDb.replace(/\/[^/]*$/, `/${state.dbName}`),
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    MEILISEARCH_PORT: String(meiliPort),
    MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
    STORE_CORS: `http://localhost:${storefrontPort}`,
  })
  state.tsconfig = fs.readFileSync(tsconfigFile, "utf8")
  state.store = run("store", "node", [path.join(root, "scripts/store.mjs")], { cwd: root, env, graceMs: STORE_GRACE_MS })
  await waitForFile(path.join(state.dataDir, "ready"), state.store)
  undoTsconfigEdit()
  const read = (file) => fs.readFileSync(path.join(state.dataDir, file), "utf8").trim()
  return {
    backend: `http://127.0.0.1:${backendPort}`,
    storefront: `http://127.0.0.1:${storefrontPort}`,
    key: read("publishable-key"),
    meili: { host: `http://127.0.0.1:${meiliPort}`, key: read("meilisearch/master.key") },
    // What `medusa exec` needs beside the store's env: the index store.mjs started and the key it made.
    execEnv: {
      ...env,
      MEILISEARCH_HOST: `http://127.0.0.1:${meiliPort}`,
      MEILISEARCH_API_KEY: read("meilisearch/master.key"),
      PERSONAL_DATA_KEY: read("personal-data.key"),
    },
  }
}

async function waitForFile(file, child, timeoutMs = 45 * 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!fs.existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`the store exited with ${child.exitCode} before it was ready`)
    if (Date.now() > deadline) throw new Error("the store did not become ready")
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

// Search words a buyer types, in both languages; paired with a second word they make distinct queries, each one a
// miss of the storefront's data cache. Each run (seeded, then each size) pairs them its own way, so that no query of
// an earlier run is still cached.
const WORDS = ["板栗", "鲜板栗", "板栗仁", "糖炒板栗", "甘栗仁", "黑山羊", "羊腿", "羊排", "羊肉卷", "羊蝎子", "羊肉串", "茯苓", "茯苓片", "白苓丁", "个苓", "天麻", "桔梗", "茯苓粉", "绿茶", "云雾", "毛尖", "炒青", "礼盒", "chestnut", "goat", "Poria", "tea", "gastrodia"]
const SECOND = ["特级", "一级", "二级", "特等", "优等", "良好", "选货", "统货", "罗田", "大别山", "九资河", "胜利镇", "500g", "1kg", "2.5kg"]
const PAIRINGS = [(a, b) => `${a} ${b}`, (a, b) => `${b} ${a}`, (a, b) => `${a} ${b} 罗田`, (a, b) => `${b} ${a} 罗田`]

function distinctQueries(run) {
  const pair = PAIRINGS[(run - 1) % PAIRINGS.length]
  return WORDS.flatMap((word) => SECOND.map((second) => pair(word, second)))
}

function distinctSearches(run, count, skip) {
  const queries = distinctQueries(run)
  const pages = [1, 2, 3].flatMap((page) => queries.map((q) => `/zh-CN/products?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ""}`))
  return pages.slice(skip, skip + count)
}

/** The public index and search-only key the storefront searches with (GET /store/search-key). */
async function publicSearch(store) {
  const response = await fetch(`${store.backend}/store/search-key`, { headers: { "x-publishable-api-key": store.key } })
  if (!response.ok) throw new Error(`GET /store/search-key answered ${response.status}`)
  return response.json()
}

/** Products never visited yet, each once, the locale alternating: every visit renders the page and reads the backend. */
async function unvisitedProducts(run, count, skip) {
  const rows = await database(
    `SELECT handle FROM product WHERE status = 'published' AND deleted_at IS NULL AND handle <> '${PRODUCT}'
     AND handle ${run === 1 ? "NOT " : ""}LIKE '%-lot%' ORDER BY md5(handle) LIMIT ${count} OFFSET ${skip + Math.max(0, run - 2) * 2 * count}`,
    state.dbName
  )
  return rows.map((row, i) => `/${i % 2 ? "en" : "zh-CN"}/products/${encodeURIComponent(row.handle)}`)
}

/**
 * The measured rows: what a buyer gets from the storefront (cached as it caches), then uncached work. `skip` moves
 * the uncached rows on to URLs not requested yet, for a row measured again.
 */
async function rows(store, run, skip = 0) {
  const page = (url) => store.storefront + url
  const api = (url) => store.backend + url
  const repeat = (url, n = options.requests) => ({ urls: Array(n).fill(url), warmup: Array(Math.max(20, 2 * options.clients)).fill(url) })
  const cached = (url) => repeat(url, options.cachedRequests)
  // Medusa's built-in search reads whole products from Postgres (19 s a request at 20,000): past 5,000 products it
  // gets 3 requests per client after one each to warm up, else one size's row would take most of an hour.
  const builtin = (url) => (state.products > 5_000 ? { urls: Array(3 * options.clients).fill(url), warmup: Array(options.clients).fill(url) } : repeat(url))
  const q = encodeURIComponent("板栗")
  const front = { refuse: OUTAGE }
  const backend = { headers: { "x-publishable-api-key": store.key } }
  const trace = await tracePath(store)
  const pub = await publicSearch(store)
  const suggest = distinctQueries(run).slice(skip, skip + options.requests)
  const multiSearch = (at) => ({ queries: [meiliSuggestQuery(pub.index, suggest[at])] })
  const searches = distinctSearches(run, options.requests, skip)
  const pageSearch = (at) => ({ queries: meiliCatalogueQueries(pub.index, catalogueQuerySchema.parse(Object.fromEntries(resultsQuery(searches[at])))) })
  const visit = (pagePath) => searchVisit(pagePath).map(page)
  const meili = { headers: { authorization: `Bearer ${pub.key}`, "accept-encoding": "identity" }, warmup: [] }
  return [
    // Uncompressed, as the storefront asks it: Meilisearch's gzipped answers wait some 40 ms on a kept-alive connection.
    { id: "meili-raw", label: "Meilisearch itself: the search box's search (distinct queries, 6 hits)", urls: suggest.map(() => `${pub.host}/multi-search`), bodies: multiSearch, ...meili },
    { id: "buyer-search", label: "Buyer's search: the search box's `/zh-CN/search/suggest?q=…` (distinct queries, the storefront's front → Meilisearch)", urls: suggest.map((word) => page(`/zh-CN/search/suggest?q=${encodeURIComponent(word)}`)), warmup: [] },
    { id: "meili-raw-page", label: "Meilisearch itself: the search page's search (distinct queries, 24 hits with facet counts and their exact count)", urls: searches.map(() => `${pub.host}/multi-search`), bodies: pageSearch, ...meili },
    { id: "page-results", label: "Buyer's search: the search page's `/zh-CN/search/results?q=…` (distinct queries, the storefront's front → Meilisearch, facet values named)", urls: searches.map((path) => visit(path)[1]), warmup: [] },
    { id: "builtin", label: "Medusa's built-in `GET /store/products?q=板栗&limit=24`", ...backend, ...builtin(api(`/store/products?q=${q}&limit=24`)) },
    { id: "home", label: "Home `/zh-CN`", ...front, ...cached(page("/zh-CN")) },
    { id: "search", label: `Search \`/zh-CN/products?q=板栗\`, then its results`, ...front, ...cached(visit(`/zh-CN/products?q=${q}`)) },
    { id: "faceted", label: "Faceted search `…?q=板栗&grade=special&sort=price_asc`, then its results", ...front, ...cached(visit(`/zh-CN/products?q=${q}&grade=special&sort=price_asc`)) },
    { id: "product", label: `Product \`/zh-CN/products/${PRODUCT}\``, ...front, ...cached(page(`/zh-CN/products/${PRODUCT}`)) },
    { id: "product-en", label: `Product, English \`/en/products/${PRODUCT}\``, ...front, ...cached(page(`/en/products/${PRODUCT}`)) },
    { id: "search-miss", label: "Search page, distinct queries (cache miss), then its results", ...front, urls: searches.map(visit), warmup: [] },
    { id: "product-fresh", label: "Product page, first visit of each product (rendered fresh)", ...front, urls: (await unvisitedProducts(run, options.requests, skip)).map(page), warmup: [] },
    { id: "trace", label: `Lot trace page \`/zh-CN${trace}\``, ...front, ...cached(page(`/zh-CN${trace}`)) },
    { id: "api-product", label: `Backend \`GET /store/catalogue/${PRODUCT}\``, ...backend, ...repeat(api(`/store/catalogue/${PRODUCT}`)) },
    { id: "api-search", label: "Backend `GET /store/catalogue?q=板栗&limit=24`", ...backend, ...repeat(api(`/store/catalogue?q=${q}&limit=24`)) },
    { id: "api-faceted", label: "Backend `GET /store/catalogue?q=板栗&grade=special&sort=price_asc&limit=24`", ...backend, ...repeat(api(`/store/catalogue?q=${q}&grade=special&sort=price_asc&limit=24`)) },
    { id: "api-trace", label: `Backend \`GET /store/trace/…\` (the trace page's read)`, ...backend, ...repeat(api(`/store/trace${trace.replace(/^\/01\/(\d+)\/10\//, "/$1/")}`)) },
    { id: "api-featured", label: "Backend `GET /store/catalogue?grade=special&in_stock=true&sort=newest&limit=8` (home's read)", ...backend, ...repeat(api("/store/catalogue?grade=special&in_stock=true&sort=newest&limit=8")) },
  ]
}

/** The Digital Link path of the lot the benchmarked product ships from now, as its label's QR code carries it. */
async function tracePath(store) {
  const response = await fetch(`${store.backend}/store/catalogue/${PRODUCT}/lot`, { headers: { "x-publishable-api-key": store.key } })
  const { lot } = await response.json()
  if (!lot?.trace_path) throw new Error(`${PRODUCT} has no lot on sale with a trace page`)
  return lot.trace_path
}

async function measure(store, run) {
  const started = { at: new Date().toISOString(), loadavg: os.loadavg() }
  const [{ count }] = await database("SELECT count(*)::int AS count FROM product WHERE deleted_at IS NULL", state.dbName)
  state.products = count
  const matches = await searchSizes(store)
  const results = []
  for (const row of await rows(store, run)) {
    const result = await measureRow(store, run, row)
    console.log(`bench: ${count} products · ${row.id}: n ${result.n}, p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, ${result.errors} errors`)
    results.push({ id: row.id, label: row.label, ...result })
  }
  return { products: count, matches, started, ended: { at: new Date().toISOString(), loadavg: os.loadavg() }, results }
}

/** How many products the measured searches match and how many cards a page of them shows (pages grow with these). */
async function searchSizes(store) {
  const sizes = {}
  for (const [id, query] of [["search", "q=板栗&limit=24"], ["faceted", "q=板栗&grade=special&sort=price_asc&limit=24"]]) {
    await waitForHttp(`${store.backend}/health`, { timeoutMs: 300_000 })
    const response = await fetch(`${store.backend}/store/catalogue?${encodeURI(query)}`, { headers: { "x-publishable-api-key": store.key } })
    const body = await response.json()
    sizes[id] = { count: body.count, cards: body.hits?.length }
  }
  return sizes
}

/**
 * Measures one row once the backend answers. `medusa develop` restarts the backend when a file under backend/src
 * changes (someone working in the same checkout); a row that met errors is measured once more, on URLs not requested
 * yet, and the report says so.
 */
async function measureRow(store, run, row) {
  const settled_s = await settle()
  const attempt = async (measured) => {
    await waitForHttp(`${store.backend}/health`, { timeoutMs: 300_000 })
    return load(measured.urls, { clients: options.clients, warmup: measured.warmup, headers: measured.headers, refuse: measured.refuse, bodies: measured.bodies })
  }
  const first = await attempt(row)
  if (!first.errors) return { ...first, settled_s }
  console.log(`bench: ${row.id}: ${first.errors} errors (${first.firstError}); measuring it again once the backend answers`)
  const again = (await rows(store, run, options.requests)).find((r) => r.id === row.id)
  await settle()
  return { ...(await attempt(again)), settled_s, repeated: `${first.errors} errors (${first.firstError})` }
}

/**
 * Waits (up to 5 minutes) until no query runs on the store's database: a built-in search whose client gave up at
 * 60 s goes on in PostgreSQL for minutes, and the next row would measure it. Answers the seconds waited.
 */
async function settle(limitMs = 300_000) {
  const started = performance.now()
  const busy = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${state.dbName}' AND state = 'active' AND pid <> pg_backend_pid()`
  while (performance.now() - started < limitMs) {
    const [{ n }] = await database(busy)
    if (!n) break
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  const waited = (performance.now() - started) / 1000
  if (waited >= 1) console.log(`bench: waited ${waited.toFixed(0)} s for PostgreSQL to finish the previous row's queries`)
  return Number(waited.toFixed(1))
}

/** Grows the catalogue with backend/src/scripts/generate-catalogue.ts and times it. */
async function generate(store, products) {
  const started = performance.now()
  const child = run("generate", "npx", ["medusa", "exec", "./src/scripts/generate-catalogue.ts", String(products)], {
    cwd: path.join(root, "backend"),
    env: store.execEnv,
  })
  let reported = null
  let rest = ""
  child.stdout.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n")
    rest = lines.pop()
    for (const line of lines) {
      const match = line.match(/Generate result: (\{.*\})/)
      if (match) reported = JSON.parse(match[1])
    }
  })
  const code = await new Promise((resolve) => child.on("exit", resolve))
  if (code !== 0 || !reported) throw new Error(`generating the catalogue failed (exit ${code})`)
  return { ...reported, wall_s: ((performance.now() - started) / 1000).toFixed(1), loadavg: os.loadavg() }
}

/**
 * `next build` adds its output folder's types to the storefront's tsconfig.json. The benchmark's folder is its own
 * affair, so that one addition is taken back — only when it is the file's only change since the start.
 */
function undoTsconfigEdit() {
  if (!state.tsconfig) return
  const added = `${DIST_DIR}/types/**/*.ts`
  const now = JSON.parse(fs.readFileSync(tsconfigFile, "utf8"))
  if (!now.include?.includes(added)) return
  // Next also reorders the list when it writes it back.
  const same = (config) => JSON.stringify({ ...config, include: [...(config.include ?? [])].filter((entry) => entry !== added).sort() })
  if (same(now) === same(JSON.parse(state.tsconfig))) fs.writeFileSync(tsconfigFile, state.tsconfig)
}

let cleaning
function cleanUp() {
  cleaning ??= (async () => {
    await stopAll()
    try {
      undoTsconfigEdit()
    } catch (error) {
      console.error(`bench: could not check storefront/tsconfig.json: ${error.message}`)
    }
    if (state.created) {
      await database(`DROP DATABASE IF EXISTS "${state.dbName}" WITH (FORCE)`).catch((error) => console.error(`bench: could not drop ${state.dbName}: ${error.message}`))
    }
    await state.redis?.stop()
    if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true })
  })()
  return cleaning
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) {
  process.on(signal, () => {
    console.error(`bench: ${signal}, stopping the store and dropping ${state.dbName}`)
    cleanUp().finally(() => process.exit(code))
  })
}

const out = path.resolve(root, options.out)

/** Writes what was measured so far (after each size, so a run stopped later keeps its finished sizes). */
function writeResults(failure) {
  if (!runInfo.runs.length) return
  fs.mkdirSync(path.dirname(out), { recursive: true })
  // The raw numbers beside the report, for comparing runs.
  fs.writeFileSync(out.replace(/(\.md)?$/, ".json"), JSON.stringify(runInfo, null, 2))
  fs.writeFileSync(out, report({ ...runInfo, ended: runInfo.ended ?? { at: new Date().toISOString(), loadavg: os.loadavg() } }, failure))
}
const runInfo = { options, started: { at: new Date().toISOString(), loadavg: os.loadavg() }, runs: [] }
let failure = null
try {
  console.log(`bench: starting a store on database ${state.dbName} (storefront built into storefront/${DIST_DIR})`)
  const store = await startStore()
  runInfo.postgres = (await database("SELECT version(), current_setting('autovacuum') AS autovacuum"))[0]
  runInfo.runs.push(await measure(store, 1))
  runInfo.js = await pageJs(`${store.storefront}/zh-CN/products/${PRODUCT}`, { distDir: path.join(root, "storefront", DIST_DIR) })
  console.log(`bench: product page JS ${runInfo.js.raw} bytes, ${runInfo.js.gzip} gzipped, in ${runInfo.js.files.length} files`)
  writeResults(null)
  runInfo.generations = []
  for (const size of options.sizes) {
    console.log(`bench: generating products up to ${size}`)
    const generation = await generate(store, size)
    runInfo.generations.push(generation)
    console.log(`bench: generated in ${generation.wall_s} s`)
    runInfo.runs.push(await measure(store, runInfo.runs.length + 1))
    writeResults(null)
  }
} catch (error) {
  failure = error
  console.error(`bench: ${error.stack || error.message}`)
} finally {
  runInfo.ended = { at: new Date().toISOString(), loadavg: os.loadavg() }
  runInfo.failure = failure?.message ?? null
  await cleanUp()
}
writeResults(failure)
if (runInfo.runs.length) console.log(`bench: results in ${path.relative(root, out)}`)
process.exit(failure ? 1 : 0)
