#!/usr/bin/env node
// `npm run start:prod`: the store in its production shape on this machine — the backend built (`medusa build`, with
// the admin), two server instances and one worker on Redis and Postgres behind a round-robin proxy, and the
// storefront built (`next build`) and started (`next start`). The same shape as docker-compose.yml.
// `npm run start:prod -- init` makes the secrets once in <data>/production.env; set in the environment they win.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const { run, exec, stopAll, waitForHttp } = require("./lib/processes.cjs")
const production = require("./lib/production.cjs")

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.resolve(root, process.env.STORE_DATA_DIR || ".data")
const secretsFile = path.join(dataDir, "production.env")
const SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "PERSONAL_DATA_KEY", "REVALIDATE_SECRET", "ASSOCIATION_PASSWORD"]
const backendPort = Number(process.env.BACKEND_PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const servers = Number(process.env.SERVER_INSTANCES || 2)

function init() {
  fs.mkdirSync(dataDir, { recursive: true })
  if (fs.existsSync(secretsFile)) return console.log(`start:prod: ${secretsFile} exists; it is kept (delete it to make new secrets)`)
  const lines = SECRETS.map((name) => `${name}=${crypto.randomBytes(32).toString("hex")}`)
  fs.writeFileSync(secretsFile, lines.join("\n") + "\n", { mode: 0o600 })
  console.log(`start:prod: made ${SECRETS.join(", ")} in ${secretsFile} (readable by this user only)`)
}

/** The environment of the shape: what is set wins, the init file fills the secrets; nothing has a default. */
function shapeEnv() {
  const fromFile = fs.existsSync(secretsFile)
    ? Object.fromEntries(fs.readFileSync(secretsFile, "utf8").split("\n").filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)))
    : {}
  const env = { ...fromFile, ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
  const missing = [...SECRETS, "DATABASE_URL", "REDIS_URL"].filter((name) => !env[name])
  if (missing.length) {
    throw new Error(`${missing.join(", ")} not set. Set them in the environment; \`npm run start:prod -- init\` makes the secrets in ${secretsFile}.`)
  }
  env.MEDUSA_BACKEND_URL ||= `http://localhost:${backendPort}`
  env.STOREFRONT_URL ||= `http://localhost:${storefrontPort}`
  env.ASSOCIATION_EMAIL ||= "association@luotian.local"
  return env
}

async function storefront(env, keyFile) {
  const dir = path.join(root, "storefront")
  const storeEnv = { ...env, NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY_FILE: keyFile, PORT: String(storefrontPort) }
  await exec("next-build", "npx", ["next", "build"], { cwd: dir, env: storeEnv })
  const child = run("storefront", "node", ["front/server.cjs"], { cwd: dir, env: storeEnv })
  await waitForHttp(`http://127.0.0.1:${storefrontPort}/zh-CN`, { timeoutMs: 120_000, child })
}

async function main() {
  const env = shapeEnv()
  fs.mkdirSync(dataDir, { recursive: true })
  const keyFile = path.join(dataDir, "publishable-key")
  await production.buildBackend({ env, admin: true })
  await production.medusa(["db:migrate"], { env })
  await production.medusa(["exec", "./src/scripts/seed.js", env.ASSOCIATION_EMAIL, env.ASSOCIATION_PASSWORD, keyFile], { env })
  const shape = await production.startShape({ env, servers, port: backendPort })
  stoppers.push(() => shape.stop())
  await storefront(env, keyFile)
  console.log(`
罗田县域特产旗舰店 · production shape is running
  storefront  http://localhost:${storefrontPort}/zh-CN (next start behind the front's page cache)
  backend     ${shape.url} → ${shape.servers.map((s) => s.url).join(", ")} (servers), worker on ${shape.worker.url}
  admin       ${env.MEDUSA_BACKEND_URL}/app   ${env.ASSOCIATION_EMAIL} (password: ASSOCIATION_PASSWORD)
Press Ctrl+C to stop everything.`)
}

const stoppers = []
async function shutdown(code) {
  for (const stopIt of stoppers.reverse()) await stopIt().catch(() => {})
  await stopAll()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

if (process.argv[2] === "init") init()
else main().catch((error) => (console.error(`start:prod: ${error.message}`), shutdown(1)))
