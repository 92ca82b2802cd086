#!/usr/bin/env node
// Starts the whole store: database, search engine, backend (with admin) and storefront, seeded once.
// Uses DATABASE_URL, REDIS_URL and MEILISEARCH_HOST when set; otherwise runs its own under .data/.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const { run, exec, freePort, stopAll, waitForHttp } = require("./lib/processes.cjs")
const { startMeilisearch } = require("./lib/meilisearch.cjs")
const { startEmbeddedPostgres } = require("./lib/postgres.cjs")
const { buildBackend, startBackend } = require("./lib/production.cjs")

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.resolve(root, process.env.STORE_DATA_DIR || ".data")
const backendPort = Number(process.env.BACKEND_PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
const env = {
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  MEDUSA_BACKEND_URL: backendUrl,
  STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`,
  // Spans go to the data folder: a file written in backend/ makes `medusa develop` restart on every span.
  OTEL_TRACES_FILE: process.env.OTEL_TRACES_FILE || path.join(dataDir, "otel-traces.jsonl"),
}
const readyFile = path.join(dataDir, "ready")
const keyFile = path.join(dataDir, "publishable-key")
const sellerLoginsFile = path.join(dataDir, "seller-accounts.json")
const partnerLoginsFile = path.join(dataDir, "partner-accounts.json")
const stationLoginsFile = path.join(dataDir, "station-accounts.json")
const stoppers = []
const backendDir = path.join(root, "backend")
// STORE_MODE=production (the benchmark): `medusa build`, then `medusa start` as a server and a worker on REDIS_URL.
const production = process.env.STORE_MODE === "production"
const medusa = (args) => exec("medusa", "npx", ["medusa", ...args], { cwd: backendDir, env })

async function services() {
  fs.mkdirSync(dataDir, { recursive: true })
  fs.rmSync(readyFile, { force: true })
  if (!env.DATABASE_URL) {
    const db = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port: Number(process.env.EMBEDDED_POSTGRES_PORT || 54329) })
    stoppers.push(db.stop)
    env.DATABASE_URL = db.url
    console.log("store: no DATABASE_URL, using the embedded PostgreSQL in .data/postgres")
  }
  if (!env.REDIS_URL) {
    console.log("store: no REDIS_URL, so Medusa's in-memory event bus, workflow engine, locking and cache are used")
  }
  if (!env.MEILISEARCH_HOST) {
    const meili = await startMeilisearch({ dir: path.join(dataDir, "meilisearch"), port: Number(process.env.MEILISEARCH_PORT || 7700), quiet: true })
    stoppers.push(meili.stop)
    Object.assign(env, { MEILISEARCH_HOST: meili.host, MEILISEARCH_API_KEY: meili.key })
    console.log(`store: no MEILISEARCH_HOST, started Meilisearch on ${meili.host}`)
  }
}

// Secrets not set in the environment are made once and kept in .data/: the key that encrypts households' ID
// numbers, the one the backend shows the storefront when it asks it to refresh cached pages, and the two that sign
// logins (tokens and session cookies), which must never be a default anyone knows.
function secret(name, fileName) {
  if (env[name]) return
  const file = path.join(dataDir, fileName)
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 })
  env[name] = fs.readFileSync(file, "utf8").trim()
}

function associationCredentials() {
  const file = path.join(dataDir, "association-admin.json")
  const fresh = !fs.existsSync(file)
  if (fresh) {
    // Hex, so the password never starts with "-" (medusa exec would read it as an option).
    const credentials = { email: "association@luotian.local", password: crypto.randomBytes(12).toString("hex") }
    fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 })
  }
  return { ...JSON.parse(fs.readFileSync(file, "utf8")), fresh }
}

/** True when the build output is missing or older than a source file. */
function stale(output, sourceDir) {
  if (!fs.existsSync(output)) return true
  const built = fs.statSync(output).mtimeMs
  const newer = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const file = path.join(dir, entry.name)
      return entry.isDirectory() ? newer(file) : fs.statSync(file).mtimeMs > built
    })
  return newer(sourceDir)
}

async function backend(admin) {
  if (stale(path.join(root, "admin-extensions/.medusa/server/src/admin/index.mjs"), path.join(root, "admin-extensions/src"))) {
    await exec("admin-extensions", "npm", ["run", "build", "-w", "admin-extensions"], { cwd: root, env })
  }
  await medusa(["db:migrate"])
  await medusa(["exec", "./src/scripts/seed.ts", admin.email, admin.password, keyFile, sellerLoginsFile, partnerLoginsFile, stationLoginsFile])
  const child = production ? await productionBackend() : run("backend", "npx", ["medusa", "develop", "--port", String(backendPort)], { cwd: backendDir, env })
  await waitForHttp(`http://127.0.0.1:${backendPort}/health`, { timeoutMs: 180_000, child })
}

/** The built backend (scripts/lib/production.cjs): one process answers HTTP, another runs subscribers, jobs and workflows. */
async function productionBackend() {
  if (!env.REDIS_URL) throw new Error("STORE_MODE=production needs REDIS_URL (the server and the worker share events through it)")
  await buildBackend({ env })
  await startBackend({ name: "worker", mode: "worker", port: await freePort(), env })
  return (await startBackend({ name: "backend", mode: "server", port: backendPort, env })).child
}

async function storefront() {
  const dir = path.join(root, "storefront")
  const storeEnv = { ...env, MEDUSA_PUBLISHABLE_KEY_FILE: keyFile, MEDUSA_BACKEND_URL: backendUrl, PORT: String(storefrontPort) }
  if (stale(path.join(dir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), path.join(dir, "src"))) {
    await exec("storefront", "npx", ["next", "build"], { cwd: dir, env: storeEnv })
  }
  // The front (storefront/front/server.cjs) answers the port: `next start` behind a micro-cache of public pages.
  const child = run("storefront", "node", ["front/server.cjs"], { cwd: dir, env: storeEnv })
  await waitForHttp(`http://127.0.0.1:${storefrontPort}/zh-CN`, { timeoutMs: 120_000, child })
}

async function shutdown(code = 0) {
  await stopAll()
  for (const stop of stoppers.reverse()) await stop().catch(() => {})
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  await services()
  secret("PERSONAL_DATA_KEY", "personal-data.key")
  secret("REVALIDATE_SECRET", "revalidate-secret")
  secret("JWT_SECRET", "jwt-secret")
  secret("COOKIE_SECRET", "cookie-secret")
  const admin = associationCredentials()
  await backend(admin)
  await storefront()
  console.log(`
罗田县域特产旗舰店 · Luotian flagship store is running
  storefront     http://localhost:${storefrontPort}/zh-CN  (English: /en)
  admin          ${backendUrl}/app   ${admin.email} / ${admin.password}${admin.fresh ? "   (new: kept in .data/association-admin.json)" : ""}
  seller portal  http://localhost:${storefrontPort}/zh-CN/portal   logins of the seeded sellers in ${sellerLoginsFile}
  partner points http://localhost:${storefrontPort}/zh-CN/partner  logins of the demo points' owners in ${partnerLoginsFile}
  station portal http://localhost:${storefrontPort}/zh-CN/station  logins of the seeded operators in ${stationLoginsFile}
  backend        ${backendUrl}
Press Ctrl+C to stop everything.`)
  fs.writeFileSync(readyFile, new Date().toISOString())
} catch (error) {
  console.error(`store: ${error.message}`)
  await shutdown(1)
}
