// npm run backup -- <dir>: the database (pg_dump, custom format), the uploaded files of the local file provider and a
// manifest into a new folder. The personal-data key is not written: only its fingerprint, so a restore can tell
// whether the key it is given is the one that sealed this backup (README, "Backups").
import { createRequire } from "node:module"
import fs from "node:fs"
import path from "node:path"
import { execFileSync } from "node:child_process"

const require = createRequire(import.meta.url)
const lib = require("./lib/backup.cjs")

async function main() {
  const dir = process.argv[2]
  if (!dir) throw new Error("usage: npm run backup -- <dir>")
  const target = path.resolve(dir)
  if (fs.existsSync(target) && fs.readdirSync(target).length) throw new Error(`${target} is not empty: a backup never overwrites another`)
  fs.mkdirSync(target, { recursive: true })

  const url = lib.databaseUrl()
  const { major, name } = await lib.withClient(url, async (c) => ({ major: await lib.serverMajor(c), name: (await c.query("select current_database() as n")).rows[0].n }))
  const dump = path.join(target, lib.DUMP)
  // --no-owner/--no-acl: the dump restores into a database owned by whoever restores it.
  execFileSync(lib.pgTool("pg_dump", major), ["--format=custom", "--no-owner", "--no-acl", `--file=${dump}`, url], { stdio: ["ignore", "inherit", "inherit"] })

  const files = process.env.S3_BUCKET
    ? { s3_bucket: process.env.S3_BUCKET, note: "kept in the bucket: back it up with the bucket's versioning or replication" }
    : { source: lib.filesDir(), count: lib.copyFiles(lib.filesDir(), path.join(target, lib.FILES)).length }

  const manifest = {
    format: 1,
    created_at: new Date().toISOString(),
    database: { name, server_major: major, dump: lib.DUMP, sha256: await lib.sha256File(dump), bytes: fs.statSync(dump).size },
    files,
    personal_data_key: { included: false, fingerprint: lib.keyFingerprint(process.env.PERSONAL_DATA_KEY) },
  }
  fs.writeFileSync(path.join(target, lib.MANIFEST), JSON.stringify(manifest, null, 2))
  console.log(`backup: ${name} (${manifest.database.bytes} bytes) and ${files.count ?? 0} files into ${target}`)
  if (!manifest.personal_data_key.fingerprint) console.log("backup: PERSONAL_DATA_KEY is unset, so the manifest cannot say which key sealed the ID numbers")
}

main().catch((error) => {
  console.error(`backup: ${error.message}`)
  process.exit(1)
})
