// npm run restore -- <dir> <database-url>: a backup made by backup.mjs into a database that is new or empty (it is
// created when missing; one with tables is refused, so a restore never mixes into a live store), then its files
// into FILES_DIR (backend/static). PERSONAL_DATA_KEY, when set, must be the key the backup was sealed with.
import { createRequire } from "node:module"
import fs from "node:fs"
import path from "node:path"
import { execFileSync } from "node:child_process"

const require = createRequire(import.meta.url)
const lib = require("./lib/backup.cjs")

function readManifest(dir) {
  const file = path.join(dir, lib.MANIFEST)
  if (!fs.existsSync(file)) throw new Error(`${dir} holds no ${lib.MANIFEST}: not a backup`)
  return JSON.parse(fs.readFileSync(file, "utf8"))
}

function checkKey(manifest) {
  const expected = manifest.personal_data_key?.fingerprint
  const given = lib.keyFingerprint(process.env.PERSONAL_DATA_KEY)
  if (!given) return console.log("restore: PERSONAL_DATA_KEY is unset; start the store with the key this backup was sealed with, or ID numbers stay unreadable")
  if (expected && expected !== given) throw new Error("PERSONAL_DATA_KEY is not the key this backup was sealed with (fingerprints differ); nothing restored")
}

/** Creates the database when it does not exist; refuses one that already holds tables. */
async function prepareDatabase(url) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  if (!name) throw new Error("the database URL names no database")
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const major = await lib.withClient(admin.toString(), async (c) => {
    const exists = await c.query("select 1 from pg_database where datname = $1", [name])
    if (!exists.rowCount) await c.query(`create database "${name.replace(/"/g, '""')}"`)
    return lib.serverMajor(c)
  })
  const tables = await lib.withClient(url, (c) => c.query("select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"))
  if (tables.rows[0].n > 0) throw new Error(`${lib.safeUrl(url)} already holds ${tables.rows[0].n} tables: restore only into a new or empty database`)
  return major
}

async function main() {
  const [dir, url] = process.argv.slice(2)
  if (!dir || !url) throw new Error("usage: npm run restore -- <dir> <database-url>")
  const source = path.resolve(dir)
  const manifest = readManifest(source)
  const dump = path.join(source, manifest.database.dump)
  if ((await lib.sha256File(dump)) !== manifest.database.sha256) throw new Error(`${dump} does not match the manifest's checksum`)
  checkKey(manifest)

  const major = await prepareDatabase(url)
  // One transaction: a failure leaves the new database empty rather than half-restored.
  execFileSync(lib.pgTool("pg_restore", major), ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dump], {
    stdio: ["ignore", "inherit", "inherit"],
  })
  const files = fs.existsSync(path.join(source, lib.FILES)) ? lib.copyFiles(path.join(source, lib.FILES), lib.filesDir()) : []
  console.log(`restore: ${manifest.database.name} of ${manifest.created_at} into ${lib.safeUrl(url)}, ${files.length} files into ${lib.filesDir()}`)
}

main().catch((error) => {
  console.error(`restore: ${error.message}`)
  process.exit(1)
})
