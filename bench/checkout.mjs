#!/usr/bin/env node
// Checkout benchmark of the production shape (`npm run bench:checkout`): starts a sandboxed shape (built backend,
// two server instances and a worker on their own Redis, Meilisearch and a fresh database; scripts/lib/sandbox.cjs),
// then measures
//   1. checkout throughput and latency with one instance (its own port) and two (through the proxy), at each
//      --buyers count of concurrent buyers, every buyer running a whole guest checkout (cart, address, delivery,
//      payment session, complete);
//   2. a race of --race BUYERS:UNITS through the proxy: orders, oversell and payments counted in the database;
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

const options = parse(process.argv.slice(2), { buyers: "50,200", race: "200:50", events: "1000", out: "bench/CHECKOUT.md" })
const command = `node bench/checkout.mjs ${process.argv.slice(2).join(" ")}`.trim()
let sandbox

function parse(argv, defaults) {
  const parsed = { ...defaults }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "")
    if (!(key in defaults) || argv[i + 1] === undefined) throw new Error(`unknown option ${argv[i]}; use --buyers 50,200 --race 200:50 --events 1000 --out FILE`)
    parsed[key] = argv[i + 1]
  }
  return parsed
}

async function call(base, method, url, body, headers = {}) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw Object.assign(new Error(`${method} ${url}: ${response.status} ${data.message ?? ""}`), { status: response.status })
  return data
}

const ADDRESS = { first_name: "明", last_name: "李", address_1: "凤山镇义水北路 8 号", city: "黄冈市", province: "湖北省", postal_code: "438600", country_code: "cn", phone: "13800138000" }

/** A guest's whole checkout against `base`; answers the time of the whole and of the completion, and the outcome. */
async function buyerCheckout(base, store, variantId) {
  const started = performance.now()
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
  const completing = performance.now()
  const outcome = await call(base, "POST", `/store/carts/${cart.id}/complete`, {}, store).then((d) => d.type, (e) => `HTTP ${e.status ?? e.message}`)
  const done = performance.now()
  return { cartId: cart.id, outcome, totalMs: done - started, completeMs: done - completing }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
}

async function crowd(base, store, variantId, buyers) {
  const started = performance.now()
  const results = await Promise.all(Array.from({ length: buyers }, () => buyerCheckout(base, store, variantId).catch((e) => ({ outcome: `failed: ${e.message}` }))))
  const seconds = (performance.now() - started) / 1000
  const ok = results.filter((r) => r.outcome === "order")
  return {
    buyers,
    orders: ok.length,
    errors: results.length - ok.length,
    seconds: +seconds.toFixed(1),
    checkoutsPerSecond: +(ok.length / seconds).toFixed(2),
    p50TotalMs: Math.round(percentile(ok.map((r) => r.totalMs), 50)),
    p95TotalMs: Math.round(percentile(ok.map((r) => r.totalMs), 95)),
    p95CompleteMs: Math.round(percentile(ok.map((r) => r.completeMs), 95)),
    carts: results.map((r) => r.cartId).filter(Boolean),
    outcomes: results.map((r) => r.outcome),
  }
}

const queued = (port) =>
  ["wait", "active", "delayed", "prioritized"].reduce((sum, list) => {
    const kind = execFileSync("redis-cli", ["-p", String(port), "type", `bull:events-queue:${list}`]).toString().trim()
    const size = kind === "list" ? "llen" : kind === "zset" ? "zcard" : null
    return sum + (size ? Number(execFileSync("redis-cli", ["-p", String(port), size, `bull:events-queue:${list}`]).toString()) : 0)
  }, 0)

async function catchUp({ shape, redis }, lb, seller, { product, variantId }, events) {
  await shape.stopWorker()
  for (let i = 0; i < events; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, events - i) }, (_, j) =>
      call(lb, "POST", `/vendors/me/products/${product.id}/stock`, { variant_id: variantId, stock: 1000 + i + j }, seller)))
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
  sandbox = await startSandbox({ servers: 2, name: "bench", quiet: true })
  const { shape, db } = sandbox
  const lb = shape.url
  const store = { "x-publishable-api-key": (await db.query("SELECT token FROM api_key WHERE type = 'publishable' LIMIT 1")).rows[0].token }
  const { email, password } = sandbox.sellers[0]
  const seller = { authorization: `Bearer ${(await call(lb, "POST", "/auth/seller/emailpass", { email, password })).token}` }
  // Every pack size of the seller, one per measurement (the first seller has five products, eight sizes).
  const products = (await call(lb, "GET", "/vendors/me/products?limit=100", undefined, seller)).products
  const sizes = products.flatMap((product) => product.variants.map((variant) => ({ product, variantId: variant.id })))
  const stocked = async (stock) => {
    const { product, variantId } = sizes.shift()
    await call(lb, "POST", `/vendors/me/products/${product.id}/stock`, { variant_id: variantId, stock }, seller)
    return variantId
  }
  const runs = []
  for (const [instances, base] of [[1, shape.servers[0].url], [2, lb]]) {
    for (const buyers of buyerCounts) {
      console.log(`bench: ${buyers} buyers on ${instances} instance(s)…`)
      const { carts, outcomes, ...run } = await crowd(base, store, await stocked(buyers * 2), buyers)
      runs.push({ instances, ...run, errorKinds: [...new Set(outcomes.filter((o) => o !== "order"))] })
      // Written after every row: a run cut short by the machine keeps what it measured.
      write({ command, startedAt, machine: machine(), runs, race: null, worker: null })
    }
  }
  console.log(`bench: race of ${raceBuyers} buyers on ${raceUnits} units…`)
  const raceVariant = await stocked(raceUnits)
  const race = await crowd(lb, store, raceVariant, raceBuyers)
  const { rows: [level] } = await db.query(
    `SELECT l.stocked_quantity::int AS stocked, (SELECT coalesce(sum(quantity),0)::int FROM reservation_item r WHERE r.inventory_item_id = l.inventory_item_id AND r.deleted_at IS NULL) AS reserved
       FROM product_variant_inventory_item v JOIN inventory_level l ON l.inventory_item_id = v.inventory_item_id WHERE v.variant_id = $1`, [raceVariant])
  const { rows: [orders] } = await db.query("SELECT count(*)::int AS n FROM order_cart WHERE cart_id = ANY($1)", [race.carts])
  const { rows: [payments] } = await db.query(
    `SELECT count(*)::int AS n, count(DISTINCT c.cart_id)::int AS carts FROM cart_payment_collection c JOIN payment p ON p.payment_collection_id = c.payment_collection_id
      WHERE c.cart_id = ANY($1) AND p.canceled_at IS NULL AND p.deleted_at IS NULL`, [race.carts])
  const raceResult = { buyers: raceBuyers, units: raceUnits, ordersAnswered: race.orders, ordersInDatabase: orders.n, reserved: level.reserved, stocked: level.stocked, oversold: Math.max(0, level.reserved - level.stocked), payments: payments.n, cartsWithPayment: payments.carts, seconds: race.seconds, refusals: [...new Set(race.outcomes.filter((o) => o !== "order"))] }
  console.log(`bench: worker catch-up after ${options.events} queued stock edits…`)
  write({ command, startedAt, machine: machine(), runs, race: raceResult, worker: null })
  const worker = await catchUp(sandbox, lb, seller, sizes.shift(), Number(options.events))
  write({ command, startedAt, machine: machine(), runs, race: raceResult, worker })
}

function machine() {
  return { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map((l) => +l.toFixed(1)), node: process.version }
}

function write(result) {
  fs.writeFileSync(options.out.replace(/\.md$/, ".json"), JSON.stringify(result, null, 2) + "\n")
  const lines = [
    "# Checkout benchmark: the production shape",
    "",
    `Command: \`${result.command}\` — started ${result.startedAt}; ${result.machine.cpus} cores, ${result.machine.memoryGb} GB, load average at the end ${result.machine.loadAverage.join(" / ")} (other work shares this machine: read the figures as ratios).`,
    "",
    "Each buyer runs a whole guest checkout at the same moment as the others (7 requests: regions, cart, address, delivery, payment collection, session, complete); one instance is its own port, two are the proxy.",
    "",
    "| instances | buyers | orders | errors | wall s | checkouts/s | p50 whole ms | p95 whole ms | p95 complete ms |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.runs.map((r) => `| ${r.instances} | ${r.buyers} | ${r.orders} | ${r.errors}${r.errorKinds.length ? ` (${r.errorKinds.join(", ")})` : ""} | ${r.seconds} | ${r.checkoutsPerSecond} | ${r.p50TotalMs} | ${r.p95TotalMs} | ${r.p95CompleteMs} |`),
    "",
    !result.race ? "Race: not run yet." : `Race: ${result.race.buyers} buyers on ${result.race.units} units through the proxy → ${result.race.ordersAnswered} answered orders, ${result.race.ordersInDatabase} in the database, ${result.race.reserved} of ${result.race.stocked} reserved (oversold: ${result.race.oversold}), ${result.race.payments} payments for ${result.race.cartsWithPayment} carts; refusals: ${result.race.refusals.join(", ") || "none"}.`,
    "",
    !result.worker ? "Worker catch-up: not run yet." : `Worker catch-up: ${result.worker.stockEdits} stock edits made while the worker was stopped queued ${result.worker.queuedEvents} events; the restarted worker was up in ${result.worker.bootSeconds} s and had emptied the queue ${result.worker.catchUpSeconds} s after its start.`,
    "",
  ]
  fs.writeFileSync(options.out, lines.join("\n"))
  if (result.worker) console.log(lines.join("\n"))
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
