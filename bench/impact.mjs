#!/usr/bin/env node
// Benchmark of the impact dashboard (`node bench/impact.mjs [--orders 200000] [--households 20000] [--requests 200]
// [--clients 4] [--out bench/IMPACT-RESULTS.md] [--fresh] [--drop-template]`): a fresh database, Medusa's migrations, a
// year (2025) of seller orders and household ledger entries generated in bulk SQL (deterministic: the same options give
// the same rows), the rollups refreshed through POST /admin/impact/refresh, then the dashboard's and the public page's
// routes timed over HTTP against the production build (`medusa build`, then `medusa start` from backend/.medusa/server
// with NODE_ENV=production, admin UI off, one process). Drops the database and stops the backend at the end, also on
// failure or Ctrl+C. Sections after the generated part of the results file (## headings, written by hand) are kept.
// The migrated, generated database with its admin user is kept as a template (named by a hash of the migrations, the
// links, the lockfile and the generated data), so the next run with the same inputs copies it (CREATE DATABASE …
// TEMPLATE) instead of spending minutes on migrations; --fresh rebuilds it, --drop-template drops it at the end.
import { spawnSync } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const { Client } = require("pg")
const production = require("../scripts/lib/production.cjs")
const { stop } = require("../scripts/lib/processes.cjs")
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.join(root, "backend")

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const ORDERS = Number(arg("orders", 200_000))
const HOUSEHOLDS = Number(arg("households", 20_000))
const REQUESTS = Number(arg("requests", 200))
const CLIENTS = Number(arg("clients", 4))
const OUT = arg("out", path.join(root, "bench/IMPACT-RESULTS.md"))
const PG = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432"
const FRESH = process.argv.includes("--fresh")
const DROP_TEMPLATE = process.argv.includes("--drop-template")
const DB = `impact_bench_${process.pid}`
const DATABASE_URL = `${PG}/${DB}`
// The template's one user: a random password made with the template and kept inside it (table bench_admin), so no
// password is written in the repository and a copy of the template still logs in.
const ADMIN_EMAIL = "bench@impact.test"
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a)

let backend = null
let db = null
let template = null
let building = false // a template interrupted half-built must not be kept
async function adminQuery(sql) {
  const c = new Client({ connectionString: `${PG}/postgres` })
  await c.connect()
  try { return await c.query(sql) } finally { await c.end() }
}
async function cleanup() {
  await stop(backend?.child).catch(() => {})
  await db?.end().catch(() => {})
  await adminQuery(`drop database if exists "${DB}" with (force)`)
  if ((DROP_TEMPLATE || building) && template) await adminQuery(`drop database if exists "${template}" with (force)`)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => cleanup().finally(() => process.exit(130)))

const freePort = () => new Promise((resolve) => { const s = net.createServer().listen(0, () => { const { port } = s.address(); s.close(() => resolve(port)) }) })
const env = (port, url = DATABASE_URL) => ({
  ...process.env, DATABASE_URL: url, PORT: String(port), NODE_ENV: "development", DISABLE_MEDUSA_ADMIN: "true",
  REDIS_URL: "", MEILISEARCH_HOST: "", STRIPE_API_KEY: "", STOREFRONT_URL: "", LOG_LEVEL: "error",
  JWT_SECRET: randomBytes(24).toString("hex"), COOKIE_SECRET: randomBytes(24).toString("hex"),
})

function timed(label, fn) {
  const start = performance.now()
  const result = fn()
  const done = (r) => { const s = (performance.now() - start) / 1000; log(`${label}: ${s.toFixed(1)} s`); timings[label] = s; return r }
  return result instanceof Promise ? result.then(done) : done(result)
}
const timings = {}
const medusa = (args, port, url) => {
  const r = spawnSync("npx", ["medusa", ...args], { cwd: backendDir, env: env(port, url), encoding: "utf8" })
  if (r.status !== 0) throw new Error(`medusa ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`)
}

// A year of facts. Pseudo-random from the row number (multiplicative hashing), so every run writes the same rows.
const TOWNS = ["凤山镇", "骆驼坳镇", "大河岸镇", "九资河镇", "胜利镇", "河铺镇", "三里畈镇", "匡河镇", "白庙河镇", "大崎镇", "白莲河乡", "平湖乡"]
const CATEGORIES = ["chestnut", "black-goat", "herbs", "tea"]
const generate = `
  insert into product_category (id, name, handle, mpath) select 'pcat_b_' || h, h, h, 'pcat_b_' || h from unnest(array['${CATEGORIES.join("','")}']) h;
  insert into product (id, title, handle) select 'prod_b_' || i, 'p' || i, 'bench-p-' || i from generate_series(0, 39) i;
  insert into product_category_product (product_id, product_category_id) select 'prod_b_' || i, 'pcat_b_' || (array['${CATEGORIES.join("','")}'])[i % 4 + 1] from generate_series(0, 39) i;
  insert into seller (id, handle, name, name_en, type, town, town_en, status)
    select 'sel_b_' || i, 'bench-s-' || i, 's' || i, 's' || i, (array['cooperative','enterprise','household'])[i % 3 + 1],
           (array['${TOWNS.join("','")}'])[i % 12 + 1], 't', 'active' from generate_series(0, 119) i;
  insert into "order" (id, currency_code, version, status, created_at, updated_at)
    select 'order_b_' || i, 'cny', 1, 'completed', timestamptz '2024-12-31 16:00:00+00' + (i::float8 / ${ORDERS} * 365) * interval '1 day', now()
      from generate_series(0, ${ORDERS - 1}) i;
  insert into seller_seller_order_order (id, seller_id, order_id) select 'sso_b_' || i, 'sel_b_' || ((i * 7919) % 120), 'order_b_' || i from generate_series(0, ${ORDERS - 1}) i;
  insert into order_line_item (id, title, product_id, unit_price, raw_unit_price)
    select 'ordli_b_' || i || '_' || k, 'line', 'prod_b_' || ((i * 13 + k * 7) % 40), p, jsonb_build_object('value', p::text, 'precision', 20)
      from generate_series(0, ${ORDERS - 1}) i, generate_series(0, 1) k, lateral (select (20 + (i * 31 + k) % 200 + 0.5)::numeric as p) price
     where k = 0 or i % 5 = 0;
  insert into order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity, return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity)
    select 'orditem_' || substr(li.id, 7), 'order_b_' || split_part(li.id, '_', 3), 1, li.id, q, jsonb_build_object('value', q::text, 'precision', 20), 0, 0, 0, 0, 0, 0
      from order_line_item li, lateral (select 1 + (hashtext(li.id) & 3) as q) qty where li.id like 'ordli_b_%';
  insert into fulfillment (id, location_id) select 'ful_b_' || i, 'sloc_b' from generate_series(0, ${ORDERS - 1}) i where i % 10 <> 0;
  insert into order_fulfillment (id, order_id, fulfillment_id) select 'ordf_b_' || i, 'order_b_' || i, 'ful_b_' || i from generate_series(0, ${ORDERS - 1}) i where i % 10 <> 0;
  insert into member (id, name, village, id_number_encrypted, id_number_last4, poor_household, joined_at, seller_id)
    select 'mem_b_' || j, 'h' || j, 'v', 'x', '0000', j % 4 = 0, '2020-01-01', 'sel_b_' || (j % 120) from generate_series(0, ${HOUSEHOLDS - 1}) j;
  insert into lot (id, seller_id, product_id, code, kind, produced_on, town, quantity, raw_quantity, unit, inputs)
    select 'lot_b_' || k, 'sel_b_' || (k % 120), 'prod_b_' || (k % 40), 'B' || k, 'harvest', '2025-01-01', 't', 1, '{"value":"1","precision":20}', 'kg', '[]' from generate_series(0, 479) k;
  insert into ledger_entry (id, key, seller_id, member_id, kind, source_type, source_id, lot_id, amount_fen, raw_amount_fen, month, posted_at)
    select 'ledg_b_' || j || '_' || m, 'b:' || j || ':' || m, 'sel_b_' || (j % 120), 'mem_b_' || j, 'lot_sale', 'lot', 'lot_b_' || ((j % 120) + 120 * (m % 4)),
           'lot_b_' || ((j % 120) + 120 * (m % 4)), a, jsonb_build_object('value', a::text, 'precision', 20),
           '2025-' || lpad(((j + m * 2) % 12 + 1)::text, 2, '0'), '2025-06-01'
      from generate_series(0, ${HOUSEHOLDS - 1}) j, generate_series(0, 5) m, lateral (select 1000 + (j * 31 + m * 17) % 50000 as a) amount;
  analyze;`

/** Every file whose change changes the schema or the data: migrations, links, the lockfile (Medusa's own). */
function templateName() {
  const hash = createHash("sha256").update(generate).update(ADMIN_EMAIL).update(readFileSync(path.join(root, "package-lock.json")))
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
    const file = path.join(dir, e.name)
    if (e.isDirectory()) walk(file)
    else if (/\/(migrations|links)\//.test(file) || e.name === "medusa-config.ts") hash.update(file).update(readFileSync(file))
  })
  walk(path.join(backendDir, "src"))
  hash.update(readFileSync(path.join(backendDir, "medusa-config.ts")))
  return `impact_bench_tpl_${hash.digest("hex").slice(0, 12)}`
}

/** Migrations, the generated year and the admin user, into the template database (dropped again if a step fails). */
async function buildTemplate(port) {
  await adminQuery(`create database "${template}"`)
  building = true
  const url = `${PG}/${template}`
  try {
    timed("migrations", () => medusa(["db:migrate"], port, url))
    const c = new Client({ connectionString: url })
    await c.connect()
    try { await timed("bulk generation", () => c.query(generate)) } finally { await c.end() }
    const password = randomBytes(24).toString("hex")
    timed("admin user", () => medusa(["user", "-e", ADMIN_EMAIL, "-p", password], port, url))
    const kept = new Client({ connectionString: url })
    await kept.connect()
    try {
      await kept.query("create table bench_admin (password text not null)")
      await kept.query("insert into bench_admin values ($1)", [password])
    } finally { await kept.end() }
    building = false
  } catch (error) {
    await adminQuery(`drop database if exists "${template}" with (force)`)
    throw error
  }
}

async function request(base, route, headers, method = "GET", body) {
  const res = await fetch(base + route, { method, headers: { "content-type": "application/json", ...headers }, body: body && JSON.stringify(body) })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

async function measure(base, route, headers) {
  for (let i = 0; i < 5; i++) await request(base, route, headers) // warm-up
  const times = []
  let next = 0
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (next++ < REQUESTS) {
      const start = performance.now()
      await request(base, route, headers)
      times.push(performance.now() - start)
    }
  }))
  times.sort((a, b) => a - b)
  const at = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]
  return { route, p50: at(50), p95: at(95), max: times.at(-1) }
}

async function main() {
  const loadAtStart = os.loadavg()
  const port = await freePort()
  template = templateName()
  if (FRESH) await adminQuery(`drop database if exists "${template}" with (force)`)
  const kept = (await adminQuery(`select 1 from pg_database where datname = '${template}'`)).rowCount > 0
  if (kept) log(`copying the kept template ${template}`)
  else await buildTemplate(port)
  await timed("copy of the template", () => adminQuery(`create database "${DB}" template "${template}"`))
  db = new Client({ connectionString: DATABASE_URL })
  db.on("error", () => {})
  await db.connect()
  const counts = (await db.query(`select (select count(*) from "order")::int as orders, (select count(*) from order_line_item)::int as lines,
    (select count(*) from ledger_entry)::int as entries, (select count(*) from member)::int as households`)).rows[0]
  log("generated", counts)

  await timed("backend build (skipped when current)", () => production.buildBackend({ env: env(port), admin: false, quiet: true }))
  const serverEnv = { ...env(port), PERSONAL_DATA_KEY: randomBytes(32).toString("hex") }
  backend = await timed("backend start", () => production.startBackend({ name: "impact-bench", mode: "shared", port, env: serverEnv, quiet: true }))
  const base = backend.url
  const { password } = (await db.query("select password from bench_admin")).rows[0]
  const { token } = await request(base, "/auth/user/emailpass", {}, "POST", { email: ADMIN_EMAIL, password })
  const auth = { authorization: `Bearer ${token}` }
  const refreshed = await timed("refresh of 12 months", () => request(base, "/admin/impact/refresh", auth, "POST", { from: "2025-01", to: "2025-12" }))
  await db.query("analyze impact_sales; analyze impact_income; analyze impact_household; analyze impact_reach")
  const { api_key } = await request(base, "/admin/api-keys", auth, "POST", { title: "bench", type: "publishable" })
  const store = { "x-publishable-api-key": api_key.token }
  const rows = []
  for (const [route, headers] of [
    ["/admin/impact?from=2025-01&to=2025-12", auth],
    ["/admin/impact?from=2025-01&to=2025-12&town=胜利镇", auth],
    ["/admin/impact?from=2025-01&to=2025-12&category=chestnut", auth],
    ["/admin/impact?from=2025-04&to=2025-06&town=Jiuzihe&category=herbs", auth],
    ["/admin/impact?from=2025-11&to=2025-11", auth],
    ["/store/impact?from=2025-01&to=2025-12", store],
    ["/store/impact", store],
    // Not the dashboard's: what any authenticated admin route and any store route (its publishable key looked up
    // through query.graph) cost on this backend, for comparison.
    ["/admin/users/me", auth],
    ["/store/regions", store],
  ]) {
    const row = await measure(base, encodeURI(route), headers)
    log(`${row.route}: p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms`)
    rows.push(row)
  }
  const report = (await request(base, "/admin/impact?from=2025-01&to=2025-12", auth)).impact.totals
  const command = `node bench/impact.mjs --orders ${ORDERS} --households ${HOUSEHOLDS} --requests ${REQUESTS} --clients ${CLIENTS}`
  // Hand-written sections (## headings) after the generated part stay.
  const previous = existsSync(OUT) ? readFileSync(OUT, "utf8") : ""
  const handWritten = previous.includes("\n## ") ? previous.slice(previous.indexOf("\n## ") + 1) : ""
  writeFileSync(OUT, [
    `# Impact dashboard benchmark`, ``,
    `Command: \`${command}\` on ${new Date().toISOString().slice(0, 16)} UTC, ${os.cpus().length} cores, load average ${loadAtStart.map((l) => l.toFixed(1)).join(" / ")} at the start and ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end (the machine is shared: the load says how busy it was).`,
    `Database: ${kept ? `a copy of the kept template \`${template}\`` : `built into the template \`${template}\` (migrations, generation, admin user), then copied`}.`,
    `Backend: production build (\`medusa build\`, then \`medusa start\` from \`backend/.medusa/server\`, NODE_ENV=production), one process, admin UI off, no Redis; PostgreSQL on 127.0.0.1.`, ``,
    `Generated: ${counts.orders.toLocaleString("en")} seller orders (${counts.lines.toLocaleString("en")} lines) over 2025, ${counts.households.toLocaleString("en")} households, ${counts.entries.toLocaleString("en")} ledger entries.`,
    `Rollups after refresh: ${refreshed.refreshed.sales} sales rows, ${refreshed.refreshed.households.toLocaleString("en")} household-year rows; the year's totals: ${report.orders.toLocaleString("en")} orders, ¥${(Number(report.sales_fen) / 100).toLocaleString("en")}, ${report.households.toLocaleString("en")} households with income.`, ``,
    `| step | seconds |`, `| --- | ---: |`, ...Object.entries(timings).map(([k, v]) => `| ${k} | ${v.toFixed(1)} |`), ``,
    `${REQUESTS} requests per route, ${CLIENTS} concurrent clients, timed to the last byte (goal: p95 < 300 ms):`, ``,
    `| route | p50 ms | p95 ms | max ms |`, `| --- | ---: | ---: | ---: |`,
    ...rows.map((r) => `| \`${r.route}\` | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} |`), ``,
    `\`/store/impact\` alone is the last 12 months (two calendar years). \`/admin/users/me\` and \`/store/regions\` are not the dashboard's: they show what any admin route and any store route (its publishable key looked up through query.graph, uncached) cost on the same backend at the same time.`, ``,
    handWritten,
  ].join("\n"))
  log(`written ${OUT}`)
}

main().then(cleanup, async (error) => { console.error(error); await cleanup(); process.exit(1) })
