// What backup.mjs and restore.mjs share: the database to use, the PostgreSQL client tools, the files folder, the
// manifest and the personal-data key's fingerprint.
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")
const { execFileSync } = require("node:child_process")

const root = path.resolve(__dirname, "../..")
const MANIFEST = "manifest.json"
const DUMP = "database.dump"
const FILES = "files"

/** DATABASE_URL, else the embedded PostgreSQL that `npm start` runs (it must be running). */
function databaseUrl(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL
  const port = env.EMBEDDED_POSTGRES_PORT || 54329
  return `postgres://postgres:postgres@127.0.0.1:${port}/luotian`
}

/** Where the local file provider keeps uploaded photo renditions (medusa-config.ts: `backend/static`). */
const filesDir = (env = process.env) => path.resolve(root, env.FILES_DIR || "backend/static")

/** pg_dump or pg_restore from PG_BIN_DIR or the PATH; it must be at least the server's major version. */
function pgTool(name, serverMajor, env = process.env) {
  const bin = env.PG_BIN_DIR ? path.join(env.PG_BIN_DIR, name) : name
  let version
  try {
    version = execFileSync(bin, ["--version"], { encoding: "utf8" })
  } catch {
    throw new Error(`${name} not found: install the PostgreSQL ${serverMajor} client (Debian: postgresql-client-${serverMajor}) or set PG_BIN_DIR`)
  }
  const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1])
  if (!(major >= serverMajor)) {
    throw new Error(`${name} ${major} cannot read a PostgreSQL ${serverMajor} server: install postgresql-client-${serverMajor} or set PG_BIN_DIR`)
  }
  return bin
}

async function withClient(url, run) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const serverMajor = (client) => client.query("show server_version_num").then((r) => Math.floor(Number(r.rows[0].server_version_num) / 10000))

/** Identifies the personal-data key without revealing it (scrypt, so a guessed key is slow to check). */
const keyFingerprint = (key) => (key ? crypto.scryptSync(key, "luotian-backup-key-fingerprint", 16).toString("hex") : null)

const sha256File = (file) =>
  new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256")
    fs.createReadStream(file).on("data", (c) => hash.update(c)).on("end", () => resolve(hash.digest("hex"))).on("error", reject)
  })

/** Every regular file under dir, as paths relative to it. */
function listFiles(dir, prefix = "") {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name)
    if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), rel)
    return entry.isFile() ? [rel] : []
  })
}

/** Copies every file of `from` into `to` (folders made as needed). */
function copyFiles(from, to) {
  const files = listFiles(from)
  for (const rel of files) {
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true })
    fs.copyFileSync(path.join(from, rel), path.join(to, rel))
  }
  return files
}

/** Hides the password of a database URL for messages. */
const safeUrl = (url) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")

module.exports = { DUMP, FILES, MANIFEST, copyFiles, databaseUrl, filesDir, keyFingerprint, listFiles, pgTool, safeUrl, serverMajor, sha256File, withClient }
