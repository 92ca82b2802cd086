// The production shape in a sandbox, for the production suite and bench/checkout.mjs: a fresh database (reached
// through a TCP proxy the caller can cut), its own Redis and Meilisearch, the seeded store and random secrets; then
// the shape (production.cjs). `stop()` stops everything and drops the database, also after a failed start.
const crypto = require("node:crypto")
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const pg = require("pg")
const production = require("./production.cjs")
const { freePort } = require("./processes.cjs")
const { startMeilisearch } = require("./meilisearch.cjs")
const { startRedis, startTcpProxy } = require("./faults.cjs")

const adminDb = process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres"

async function adminQuery(sql) {
  const db = new pg.Client({ connectionString: adminDb })
  await db.connect()
  await db.query(sql).finally(() => db.end())
}

async function startSandbox({ servers = 2, quiet = true, name = "shape", env: extraEnv = {}, nodeArgs = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `luotian-${name}-`))
  const dbName = `luotian_${name}_${Date.now()}`
  const stops = [async () => fs.rmSync(dir, { recursive: true, force: true })]
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => console.error(`sandbox: stopping: ${e.message}`))
  }
  try {
    await adminQuery(`CREATE DATABASE "${dbName}"`)
    stops.push(() => adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`))
    const redis = await startRedis(await freePort())
    stops.push(redis.stop)
    const meili = await startMeilisearch({ dir: path.join(dir, "meili"), port: await freePort(), quiet: true })
    stops.push(meili.stop)
    const target = new URL(adminDb)
    const pgProxy = await startTcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) })
    stops.push(pgProxy.stop)
    const proxied = new URL(adminDb)
    Object.assign(proxied, { hostname: "localhost", port: String(pgProxy.port), pathname: `/${dbName}` })
    const association = { email: "association@luotian.test", password: crypto.randomBytes(12).toString("hex") }
    const env = {
      ...process.env,
      DATABASE_URL: proxied.toString(),
      REDIS_URL: redis.url,
      MEILISEARCH_HOST: meili.host,
      MEILISEARCH_API_KEY: meili.key,
      JWT_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
      PERSONAL_DATA_KEY: crypto.randomBytes(32).toString("hex"),
      LOG_LEVEL: process.env.LOG_LEVEL || "warn",
      // The demo year of household activity costs a minute of seeding and no test here reads it.
      SEED_HOUSEHOLD_YEAR: "0",
      ...extraEnv,
    }
    await production.buildBackend({ env, admin: false, quiet })
    await production.medusa(["db:migrate"], { env, quiet })
    const sellersFile = path.join(dir, "sellers.json")
    await production.medusa(["exec", "./src/scripts/seed.js", association.email, association.password, "", sellersFile], { env, quiet })
    const shape = await production.startShape({ env, servers, admin: false, quiet, nodeArgs })
    stops.push(() => shape.stop())
    const db = new pg.Client({ connectionString: new URL(`/${dbName}`, adminDb).toString() })
    await db.connect()
    stops.push(() => db.end())
    const sellers = JSON.parse(fs.readFileSync(sellersFile, "utf8"))
    return { shape, redis, meili, pgProxy, db, sellers, association, env, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

module.exports = { startSandbox }
