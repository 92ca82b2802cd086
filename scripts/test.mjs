#!/usr/bin/env node
// Runs every suite: HTTP suites (each boots the backend on real Postgres), then browser suites in
// Chromium against the whole store, which this script starts on a fresh database and stops again.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const { run, exec, stop, freePort, STORE_GRACE_MS } = require("./lib/processes.cjs")
const { startScratchPostgres } = require("./lib/scratch-postgres.cjs")
const pg = require("pg")

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
const adminDb = process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres"
const totals = { passed: 0, failed: 0 }
const failures = []

/** Names of failed tests and suites that failed to run, so the end of a long log says what broke. */
function failedTests(label, result) {
  if (!result) return [`${label}: no report (Jest did not finish)`]
  return result.testResults.flatMap((suite) => {
    const file = path.relative(root, suite.name)
    const failed = suite.assertionResults.filter((test) => test.status === "failed")
    if (failed.length === 0 && suite.status === "failed") return [`${label}: ${file}: ${suite.message.split("\n")[0]}`]
    return failed.map((test) => `${label}: ${file}: ${test.fullName}`)
  })
}

async function jest(label, project, extraEnv = {}, paths = [], options = []) {
  const report = path.join(os.tmpdir(), `luotian-jest-${label}-${process.pid}.json`)
  const args = ["jest", "--runInBand", "--forceExit", "--selectProjects", project, "--json", "--outputFile", report, ...options, "--", ...paths]
  const ok = await exec(label, "npx", args, {
    cwd: path.join(root, "integration-tests"),
    env: { ...env, NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=8192", ...extraEnv },
  }).then(() => true, () => false)
  const result = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null
  totals.passed += result?.numPassedTests ?? 0
  totals.failed += result ? result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0) : 1
  failures.push(...failedTests(label, result))
  return ok && result?.numTotalTests > 0
}

async function database(name, action) {
  const client = new pg.Client({ connectionString: adminDb })
  await client.connect()
  await client.query(`${action} DATABASE ${action === "DROP" ? "IF EXISTS " : ""}"${name}"${action === "DROP" ? " WITH (FORCE)" : ""}`)
  await client.end()
}

/** Starts the store on a fresh database and free ports; it builds and seeds while the HTTP suites run. */
async function startStore() {
  const dbName = `luotian_browser_${Date.now()}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "luotian-store-"))
  const [backendPort, storefrontPort, meiliPort] = [await freePort(), await freePort(), await freePort()]
  await database(dbName, "CREATE")
  fs.rmSync(path.join(root, "storefront", ".next-test"), { recursive: true, force: true })
  const storeEnv = {
    ...env,
    STORE_DATA_DIR: dataDir,
    DATABASE_URL: adminDb.replace(/\/[^/]*$/, `/${dbName}`),
    BACKEND_PORT: String(backendPort),
    STOREFRONT_PORT: String(storefrontPort),
    MEILISEARCH_PORT: String(meiliPort),
    MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
    STORE_CORS: `http://localhost:${storefrontPort}`,
    // The browser suites count orders and balances of a store without the demo year of household activity.
    SEED_HOUSEHOLD_YEAR: "0",
    // A storefront built for this run's database: `npm start`'s build in .next keeps pages and fetches of another.
    NEXT_DIST_DIR: ".next-test",
  }
  const child = run("store", "node", [path.join(root, "scripts/store.mjs")], { cwd: root, env: storeEnv, graceMs: STORE_GRACE_MS })
  const distDir = path.join(root, "storefront", storeEnv.NEXT_DIST_DIR)
  return { child, dbName, dataDir, backendPort, storefrontPort, distDir, databaseUrl: storeEnv.DATABASE_URL }
}

/** Runs the browser suites once the store is ready, then stops it and drops its database. */
async function browserSuites(starting) {
  const { child, dbName, dataDir, backendPort, storefrontPort, distDir, databaseUrl } = await starting
  try {
    await waitForFile(path.join(dataDir, "ready"), child)
    return await jest("browser", "browser", {
      STOREFRONT_URL: `http://localhost:${storefrontPort}`,
      BACKEND_URL: `http://localhost:${backendPort}`,
      // For what no API can bring about: an import whose worker stopped mid-way.
      STORE_DATABASE_URL: databaseUrl,
      ASSOCIATION_CREDENTIALS: path.join(dataDir, "association-admin.json"),
      SELLER_ACCOUNTS: path.join(dataDir, "seller-accounts.json"),
      PARTNER_ACCOUNTS: path.join(dataDir, "partner-accounts.json"),
      STATION_ACCOUNTS: path.join(dataDir, "station-accounts.json"),
      // Where the storefront's Next keeps its build and (with one process) its cache.
      STOREFRONT_DIST_DIR: distDir,
    })
  } finally {
    await stop(child)
    await database(dbName, "DROP").catch((error) => console.error(`test: could not drop ${dbName}: ${error.message}`))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function waitForFile(file, child, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!fs.existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`the store exited with ${child.exitCode} before it was ready`)
    if (Date.now() > deadline) throw new Error("the store did not become ready")
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

// The HTTP and attack suites' databases live on a throwaway server in memory (scripts/lib/scratch-postgres.cjs),
// unless the caller names a server. The production shape and the browser suites' store use the machine's, as a
// deployment would.
const scratch = process.env.TEST_POSTGRES_URL ? null : await startScratchPostgres()
const testDb = scratch ? { TEST_POSTGRES_URL: scratch.url, DB_HOST: "localhost", DB_PORT: String(scratch.port) } : {}
// The store's build and seed (minutes of mostly one core) overlap the HTTP suites instead of following them.
const store = startStore()
store.catch(() => {}) // a failed start is reported by browserSuites, not as an unhandled rejection
// Two lanes at once, each its Jest processes in turn. Each backend boot leaves memory behind in Jest's process (4 GB
// after some 17 boots) and costs a minute or two on a loaded machine (modules loaded afresh, migrations, the seed):
// most HTTP suites share one boot (integration-tests/src/support/boot.ts), those that need boot options share another
// (options.spec.ts), the relevance queries run on the Meilisearch spec's boot, and the attackers' suites and the
// production shape (built backend, two servers and a worker on Redis, faults) run in processes of their own. The
// Stripe and fuzz specs (a process of their own, so that the first HTTP process boots no more backends) end the first
// lane, which is otherwise the shorter. Both lanes keep the two cores busy (load 4–9 on 2026-12-05).
const LAST_HTTP = ["src/http/stripe.spec.ts", "src/security/fuzz.spec.ts"]
const lane = async (runs) => {
  let ok = true
  for (const run of runs) ok = (await run()) && ok
  return ok
}
const browser = () => browserSuites(store).catch((error) => (console.error(`test: ${error.message}`), (totals.failed += 1), false))
const lanes = await Promise.all([
  lane([
    () => jest("unit", "unit"),
    () => jest("http", "http", testDb, ["src/http"], ["--testPathIgnorePatterns", ...LAST_HTTP]),
    () => jest("http-2", "http", testDb, LAST_HTTP),
  ]),
  lane([
    () => jest("security", "http", testDb, ["src/security", "src/deployment"], ["--testPathIgnorePatterns", ...LAST_HTTP]),
    () => jest("production", "http", {}, ["src/production"]),
    browser,
  ]),
])
await scratch?.stop()
const ok = lanes.every(Boolean)
for (const failure of failures) console.log(`FAILED ${failure}`)
console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(ok && totals.failed === 0 ? 0 : 1)
