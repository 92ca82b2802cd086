#!/usr/bin/env node
// Checkout benchmark of the production shape (`npm run bench:checkout`): starts a sandboxed shape (built backend,
// two server instances and a worker on their own Redis, Meilisearch and a fresh database; scripts/lib/sandbox.cjs),
// then measures
//   1. checkout throughput and latency with two instances (through the proxy) and one (its own port), at each
//      --buyers count of concurrent buyers, every buyer running a whole guest checkout (cart, address, delivery,
//      payment session, complete) of one unit of a pack size taken in turn from every seller's sizes (a harvest day's
//      spread; one hot product is the race's case), each size stocked for every row;
//   2. a race of --race BUYERS:UNITS through the proxy (carts readied first, then every completion at once): orders,
//      oversell and payments counted in the database;
//   3. the worker's catch-up: the worker stopped, --events stock edits queued (each an event the worker indexes),
//      the worker started, timed until the queue is empty.
// Writes --out (Markdown, with the command) and the same numbers as JSON beside it; stops everything on the way out.
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { performance } from "node:perf_hooks"

const require = createRequire(import.meta.url)
const { startSandbox } = require("../scripts/lib/sandbox.cjs")
const { percentile } = require("../scripts/lib/load.cjs")
const { nowUs, summarize } = require("../scripts/lib/cpu-profile.cjs")
const { cpuSeconds } = require("../scripts/lib/process-cpu.cjs")

const options = parse(process.argv.slice(2), { buyers: "50,200", race: "200:50", events: "1000", profile: "off", out: "bench/CHECKOUT.md" })
const command = `node bench/checkout.mjs ${process.argv.slice(2).join(" ")}`.trim()
let sandbox

function parse(argv, defaults) {
  const parsed = { ...defaults }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "")
    if (!(key in defaults) || argv[i + 1] === undefined) throw new Error(`unknown option ${argv[i]}; use --buyers 50,200 --race 200:50 --events 1000 --profile on|off --out FILE`)
    parsed[key] = argv[i + 1]
  }
  return parsed
}

async function call(base, method, url, body, headers = {}) {
  // Named by route, not by id, so that the buyers' failures group by kind.
  const route = url.replace(/\/[a-z_]+_[0-9A-Z]{26}/g, "/:id").replace(/\?.*/, "")
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  }).catch((error) => {
    // fetch says only "fetch failed"; the cause (refused, reset, timed out) is what tells a failure apart.
    throw new Error(`${method} ${route}: ${error.cause?.code ?? error.cause?.message ?? error.name}`)
  })
  const data = await response.json().catch(() => ({}))
  const message = String(data.message ?? "").replace(/\b[a-z]+_[0-9A-Z]{26}\b/g, "…")
  if (!response.ok) throw Object.assign(new Error(`${method} ${route}: ${response.status} ${message}`.trim()), { status: response.status })
  return data
}

const ADDRESS = { first_name: "明", last_name: "李", address_1: "凤山镇义水北路 8 号", city: "黄冈市", province: "湖北省", postal_code: "438600", country_code: "cn", phone: "13800138000" }

/** A guest's cart of one unit of `variantId`, ready to complete (address, delivery, payment session). */
async function readyCart(base, store, variantId) {
  const regions = await call(base, "GET", "/store/regions", undefined, store)
  const region = regions.regions.find((r) => r.currency_code === "cny")
  // Each buyer an e-mail of its own: two guest carts made at once with one e-mail fail in Medusa (a real limit).
  const email = `buyer-${crypto.randomUUID()}@example.cn`
  const { cart } = await call(base, "POST", "/store/carts", { region_id: region.id, email, items: [{ variant_id: variantId, quantity: 1 }] }, store)
  await call(base, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
  const { deliveries } = await call(base, "GET", `/store/carts/${cart.id}/deliveries`, undefined, store)
  for (const { options: choices } of deliveries) await call(base, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: choices[0].id }, store)
  const { payment_collection } = await call(base, "POST", "/store/payment-collections", { cart_id: cart.id }, store)
  await call(base, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  return cart.id
}

/** Places the cart: the outcome ("order", or the refusal) and the completion's time. */
async function complete(base, store, cartId) {
  const started = performance.now()
  const outcome = await call(base, "POST", `/store/carts/${cartId}/complete`, {}, store).then((d) => d.type, (e) => e.message)
  return { cartId, outcome, completeMs: performance.now() - started }
}

/** A guest's whole checkout against `base` (7 requests); answers the time of the whole and of the completion. */
async function buyerCheckout(base, store, variantId) {
  const started = performance.now()
  const placed = await complete(base, store, await readyCart(base, store, variantId))
  return { ...placed, totalMs: performance.now() - started }
}

const p = (values, q) => Math.round(percentile([...values].sort((a, b) => a - b), q))

/** How many buyers met each failure, the most frequent first: every error shown, none folded into another. */
function refusals(outcomes) {
  const counts = {}
  for (const outcome of outcomes.filter((o) => o !== "order")) counts[outcome] = (counts[outcome] ?? 0) + 1
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n}× ${kind}`)
}

/** `buyers` guests checking out at once, buyer i buying a unit of variants[i mod n]. */
async function crowd(base, store, variants, buyers) {
  const started = performance.now()
  const results = await Promise.all(Array.from({ length: buyers }, (_, i) => buyerCheckout(base, store, variants[i % variants.length]).catch((e) => ({ outcome: e.message }))))
  const seconds = (performance.now() - started) / 1000
  const ok = results.filter((r) => r.outcome === "order")
  return {
    buyers,
    orders: ok.length,
    errors: results.length - ok.length,
    seconds: +seconds.toFixed(1),
    checkoutsPerSecond: +(ok.length / seconds).toFixed(2),
    p50TotalMs: p(ok.map((r) => r.totalMs), 50),
    p95TotalMs: p(ok.map((r) => r.totalMs), 95),
    p95CompleteMs: p(ok.map((r) => r.completeMs), 95),
    carts: results.map((r) => r.cartId).filter(Boolean),
    outcomes: results.map((r) => r.outcome),
  }
}

/**
 * The race for the last units: every cart readied first, ten at a time (so that the race is at the completion, not
 * at a crowd's earlier steps), then `buyers` completions at once.
 */
async function raceFor(base, store, variantId, buyers) {
  const readied = []
  for (let i = 0; i < buyers; i += 10) {
    const batch = Array.from({ length: Math.min(10, buyers - i) }, () => readyCart(base, store, variantId).catch((e) => ({ outcome: e.message })))
    readied.push(...(await Promise.all(batch)))
  }
  const carts = readied.filter((cart) => typeof cart === "string")
  const started = performance.now()
  const results = [...readied.filter((cart) => cart.outcome), ...(await Promise.all(carts.map((cartId) => complete(base, store, cartId))))]
  const ok = results.filter((r) => r.outcome === "order")
  const seconds = +((performance.now() - started) / 1000).toFixed(1)
  return { orders: ok.length, seconds, p95CompleteMs: p(ok.map((r) => r.completeMs), 95), carts, outcomes: results.map((r) => r.outcome) }
}

// CPU seconds the server instances have used (Linux /proc: user + system ticks): the cost of a checkout on any machine
// load, where the wall-clock figures depend on what else runs.
const serversCpu = (shape) => shape.servers.reduce((sum, { child }) => sum + cpuSeconds(child.pid), 0)

// Medusa's Redis event bus names BullMQ's key prefix after its class: RedisEventBusService:events-queue:wait, …
const queued = (port) =>
  ["wait", "paused", "active", "delayed", "prioritized"].reduce((sum, list) => {
    const key = `RedisEventBusService:events-queue:${list}`
    const kind = execFileSync("redis-cli", ["-p", String(port), "type", key]).toString().trim()
    const size = kind === "list" ? "llen" : kind === "zset" ? "zcard" : null
    return sum + (size ? Number(execFileSync("redis-cli", ["-p", String(port), size, key]).toString()) : 0)
  }, 0)

/** Stops the worker, makes `events` stock edits (ten at a time) with `edit(units)`, restarts it, times the queue's end. */
async function catchUp({ shape, redis }, events, edit) {
  await shape.stopWorker()
  for (let i = 0; i < events; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, events - i) }, (_, j) => edit(1000 + i + j)))
  }
  const waiting = queued(redis.port)
  const started = performance.now()
  await shape.startWorker()
  const bootSeconds = (performance.now() - started) / 1000
  while (queued(redis.port) > 0) await new Promise((resolve) => setTimeout(resolve, 250))
  return { stockEdits: events, queuedEvents: waiting, bootSeconds: +bootSeconds.toFixed(1), catchUpSeconds: +((performance.now() - started) / 1000).toFixed(1) }
}

async function main() {
  const buyerCounts = options.buyers.split(",").map(Number)
  const [raceBuyers, raceUnits] = options.race.split(":").map(Number)
  const startedAt = new Date().toISOString()
  console.log("bench: starting the sandboxed production shape (build, migrate, seed, two servers and a worker)…")
  // --profile on: the server instances run under V8's sampling profiler (which costs them CPU: the rows of such a run
  // are not the throughput figures), and the crowd rows' samples are summed by package and function.
  const profileDir = options.profile === "on" ? fs.mkdtempSync(path.join(os.tmpdir(), "luotian-cpu-")) : null
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []
  sandbox = await startSandbox({ servers: 2, name: "checkout_bench", quiet: true, nodeArgs })
  const { shape, db } = sandbox
  const lb = shape.url
  const store = { "x-publishable-api-key": (await db.query("SELECT token FROM api_key WHERE type = 'publishable' LIMIT 1")).rows[0].token }
  const sizes = await sellerSizes(lb, sandbox.sellers)
  const stock = ({ seller, product, variantId }, units) =>
    call(lb, "POST", `/vendors/me/products/${product.id}/stock`, { variant_id: variantId, stock: units }, seller)
  const [raceSize, workerSize, ...spread] = sizes
  // Stock on each size for every buyer of every row, so that no refusal is for want of stock.
  for (const size of spread) await stock(size, 2 * buyerCounts.reduce((a, b) => a + b, 0))
  const runs = []
  const windows = []
  // Two instances first: on a machine too busy to finish, the shape as deployed is the one measured.
  for (const [instances, base] of [[2, lb], [1, shape.servers[0].url]]) {
    for (const buyers of buyerCounts) {
      console.log(`bench: ${buyers} buyers on ${instances} instance(s), over ${spread.length} pack sizes…`)
      const cpuBefore = serversCpu(shape)
      const from = nowUs()
      const { carts, outcomes, ...run } = await crowd(base, store, spread.map((size) => size.variantId), buyers)
      windows.push([from, nowUs()])
      const serverCpuSeconds = +(serversCpu(shape) - cpuBefore).toFixed(1)
      runs.push({ instances, sizes: spread.length, ...run, serverCpuSeconds, refusals: refusals(outcomes) })
      // Written after every row: a run cut short by the machine keeps what it measured.
      write({ command, startedAt, machine: machine(), runs, race: null, worker: null })
    }
  }
  if (profileDir) {
    const pids = shape.servers.map(({ child }) => child.pid)
    // A profile is written when its process exits.
    await Promise.all(shape.servers.map((_, i) => shape.stopServer(i)))
    const files = fs.readdirSync(profileDir).filter((f) => pids.some((pid) => f.includes(`.${pid}.`))).map((f) => path.join(profileDir, f))
    const orders = runs.reduce((sum, r) => sum + r.orders, 0)
    write({ command, startedAt, machine: machine(), runs, race: null, worker: null, profile: { orders, ...summarize(files, windows) } })
    return
  }
  const raceResult = raceBuyers > 0 ? await race(raceSize, raceBuyers, raceUnits) : null
  write({ command, startedAt, machine: machine(), runs, race: raceResult, worker: null })
  if (Number(options.events) === 0) return
  console.log(`bench: worker catch-up after ${options.events} queued stock edits…`)
  const worker = await catchUp(sandbox, Number(options.events), (units) => stock(workerSize, units))
  write({ command, startedAt, machine: machine(), runs, race: raceResult, worker })

  async function race(size, buyers, units) {
    console.log(`bench: race of ${buyers} buyers on ${units} units…`)
    await stock(size, units)
    const outcome = await raceFor(lb, store, size.variantId, buyers)
    const inDatabase = await raceInDatabase(db, size.variantId, outcome.carts)
    return { buyers, units, ordersAnswered: outcome.orders, ...inDatabase, seconds: outcome.seconds, p95CompleteMs: outcome.p95CompleteMs, refusals: refusals(outcome.outcomes) }
  }
}

/** Every pack size of every seller, each with its seller's login to stock it. */
async function sellerSizes(lb, sellers) {
  const sizes = []
  for (const { email, password } of sellers) {
    const seller = { authorization: `Bearer ${(await call(lb, "POST", "/auth/seller/emailpass", { email, password })).token}` }
    const { products } = await call(lb, "GET", "/vendors/me/products?limit=100", undefined, seller)
    sizes.push(...products.flatMap((product) => product.variants.map((variant) => ({ seller, product, variantId: variant.id }))))
  }
  return sizes
}

/** What the race left in the database: orders, the size's reservations against its stock, payments per cart. */
async function raceInDatabase(db, variantId, carts) {
  const { rows: [level] } = await db.query(
    `SELECT l.stocked_quantity::int AS stocked, (SELECT coalesce(sum(quantity),0)::int FROM reservation_item r WHERE r.inventory_item_id = l.inventory_item_id AND r.deleted_at IS NULL) AS reserved
       FROM product_variant_inventory_item v JOIN inventory_level l ON l.inventory_item_id = v.inventory_item_id WHERE v.variant_id = $1`, [variantId])
  // A completion refused after its order was made leaves the link and the order soft-deleted (compensated).
  const { rows: [orders] } = await db.query(
    `SELECT count(*)::int AS n FROM order_cart l JOIN "order" o ON o.id = l.order_id
      WHERE l.cart_id = ANY($1) AND l.deleted_at IS NULL AND o.deleted_at IS NULL`, [carts])
  const { rows: [payments] } = await db.query(
    `SELECT count(*)::int AS n, count(DISTINCT c.cart_id)::int AS carts FROM cart_payment_collection c JOIN payment p ON p.payment_collection_id = c.payment_collection_id
      WHERE c.cart_id = ANY($1) AND p.canceled_at IS NULL AND p.deleted_at IS NULL`, [carts])
  return { ordersInDatabase: orders.n, reserved: level.reserved, stocked: level.stocked, oversold: Math.max(0, level.reserved - level.stocked), payments: payments.n, cartsWithPayment: payments.carts }
}

function machine() {
  return { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => +l.toFixed(1)), node: process.version }
}

// A percentile of no orders at all is shown as a dash, not NaN.
const shown = (ms) => (Number.isFinite(ms) ? ms : "–")

function write(result) {
  fs.writeFileSync(options.out.replace(/\.md$/, ".json"), JSON.stringify(result, null, 2) + "\n")
  const lines = [
    "# Checkout benchmark: the production shape",
    "",
    `Command: \`${result.command}\` — started ${result.startedAt}; ${result.machine.cpus} cores, ${result.machine.memoryGb} GB, load average at the end ${result.machine.loadAverage.join(" / ")} (other work shares this machine: read the figures as ratios).`,
    "",
    `Each buyer runs a whole guest checkout at the same moment as the others (7 requests: regions, cart, address, delivery, payment collection, session, complete) of one unit of a pack size, buyers spread in turn over ${result.runs[0]?.sizes ?? "the"} sizes of every seller; one instance is its own port, two are the proxy. Errors are counted by kind, none retried (the storefront does not retry a failed completion: the buyer sees the failure and may place the order again). Servers' CPU s: the CPU time both server instances used during the row (failed buyers' work included), the cost of a checkout whatever else loads the machine.`,
    "",
    "| instances | buyers | orders | errors | wall s | checkouts/s | p50 whole ms | p95 whole ms | p95 complete ms | servers' CPU s | CPU s per order |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.runs.map((r) => `| ${r.instances} | ${r.buyers} | ${r.orders} | ${r.errors}${r.refusals.length ? ` (${r.refusals.join("; ")})` : ""} | ${r.seconds} | ${r.checkoutsPerSecond} | ${[r.p50TotalMs, r.p95TotalMs, r.p95CompleteMs].map(shown).join(" | ")} | ${r.serverCpuSeconds} | ${r.orders ? (r.serverCpuSeconds / r.orders).toFixed(1) : "–"} |`),
    "",
    !result.race ? "Race: not run (yet)." : `Race: ${result.race.buyers} buyers on ${result.race.units} units through the proxy → ${result.race.ordersAnswered} answered orders, ${result.race.ordersInDatabase} in the database, ${result.race.reserved} of ${result.race.stocked} reserved (oversold: ${result.race.oversold}), ${result.race.payments} payments for ${result.race.cartsWithPayment} carts; the ${result.race.buyers} completions, sent at once once every cart was ready, took ${result.race.seconds} s (p95 of an answered order ${shown(result.race.p95CompleteMs)} ms); refusals: ${result.race.refusals.join("; ") || "none"}`,
    "",
    ...(result.profile ? profileLines(result.profile) : []),
    !result.worker ? "Worker catch-up: not run (yet)." : `Worker catch-up: ${result.worker.stockEdits} stock edits made while the worker was stopped queued ${result.worker.queuedEvents} events; the restarted worker was up in ${result.worker.bootSeconds} s and had emptied the queue ${result.worker.catchUpSeconds} s after its start.`,
    "",
  ]
  // What a person wrote under "## Reading" stays: the bench rewrites only what is above it.
  const kept = fs.existsSync(options.out) ? fs.readFileSync(options.out, "utf8").split(/^(?=## Reading)/m)[1] : undefined
  fs.writeFileSync(options.out, lines.join("\n") + (kept ? `\n${kept}` : ""))
  if (result.worker) console.log(lines.join("\n"))
}

/** Where the servers' CPU went during the crowd rows of a profiled run. */
function profileLines({ orders, totalMs, packages, functions }) {
  const share = (ms) => `${((100 * ms) / totalMs).toFixed(1)} %`
  return [
    `Profile: V8's sampling profiler on both server instances during the rows above (the profiler's own cost included): ${(totalMs / 1000).toFixed(1)} CPU s sampled for ${orders} orders, ${orders ? (totalMs / 1000 / orders).toFixed(2) : "–"} CPU s per order.`,
    "",
    "| self time by package | ms | share |",
    "| --- | ---: | ---: |",
    ...packages.map((p) => `| ${p.name} | ${p.ms} | ${share(p.ms)} |`),
    "",
    "| function | package | where | self ms | share |",
    "| --- | --- | --- | ---: | ---: |",
    ...functions.map((f) => `| \`${f.name}\` | ${f.package} | ${f.where} | ${f.ms} | ${share(f.ms)} |`),
    "",
  ]
}

// Once, whichever comes first (the end, a failure, a signal): a second stop would exit before the first is done.
let stopping
function stopAndExit(code) {
  stopping ??= (async () => {
    await sandbox?.stop()
    process.exit(code)
  })()
  return stopping
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopAndExit(1))
main().then(() => stopAndExit(0), (error) => (console.error(`bench: ${error.stack}`), stopAndExit(1)))
