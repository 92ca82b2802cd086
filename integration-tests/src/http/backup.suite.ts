import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { Client } from "pg"
import { unseal } from "../../../backend/src/lib/sealed"
import type { SuiteContext } from "../support/boot"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved } from "../support/listings"
import { pathOf, photo, uploadPhotos } from "../support/photos"
import { MEMBER, registerSeller } from "../support/sellers"
import { eventually, storeHeaders, thisMonth } from "../support/store"

const run = promisify(execFile)
const scripts = path.resolve(__dirname, "../../../scripts")
const ID_B = "421123197512120040"

/** Runs backup.mjs or restore.mjs as an operator would; resolves with its exit code and output. */
const script = (name: string, args: string[], env: Record<string, string | undefined>) =>
  run("node", [path.join(scripts, name), ...args], { env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e) => ({ code: e.code as number, out: `${e.stdout}${e.stderr}` })
  )

async function rowsOf(url: string, sql: string) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

// `medusa db:migrate` also runs Medusa's data scripts and books them in this table; the test runner's migration of
// the suite's database never does, so only the migrated copy has it.
const SCRIPTS_TABLE = "script_migrations"

/** Columns and indexes of the public schema, as comparable text. */
async function schemaOf(url: string) {
  const columns = await rowsOf(url, `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
    where table_schema = 'public' and table_name <> '${SCRIPTS_TABLE}' order by table_name, column_name`)
  const indexes = await rowsOf(url, `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename <> '${SCRIPTS_TABLE}' order by indexname`)
  return { columns, indexes }
}

/** The newest migration of each of the store's modules whose down() keeps every table (none drops one). */
function newestReversibleMigrations() {
  const modules = path.resolve(__dirname, "../../../backend/src/modules")
  return fs.readdirSync(modules).flatMap((name) => {
    const dir = path.join(modules, name, "migrations")
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".ts")) : []
    const newest = files.sort((a, b) => a.replace(/\D/g, "").localeCompare(b.replace(/\D/g, ""))).pop()
    if (!newest) return []
    const [className, Migration] = Object.entries(require(path.join(dir, newest)))[0] as [string, any]
    const migration = new Migration({}, {})
    return [{ className, migration }]
  })
}

/** Exact row counts of every table of the public schema, by table. */
async function tableCounts(url: string) {
  const tables = await rowsOf(url, `select tablename from pg_tables where schemaname = 'public' and tablename <> '${SCRIPTS_TABLE}' order by tablename`)
  const sql = tables.map(({ tablename }) => `select '${tablename}' as t, count(*)::int as n from "${tablename}"`).join(" union all ")
  return Object.fromEntries((await rowsOf(url, sql)).map((r) => [r.t, r.n]))
}

// The store with orders, statements, sealed ID numbers and photos is backed up with `npm run backup`, restored with
// `npm run restore` into a new database, and compared: every row of every table, the sealed IDs readable with the key.
export default function backupSuite({ api, getContainer, dbConfig }: SuiteContext) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "luotian-backup-"))
  const backupDir = path.join(work, "backup")
  const restoredFiles = path.join(work, "restored-files")
  const restoredUrl = `${dbConfig.clientUrl}-restored`
  const live = dbConfig.clientUrl
  let photoUrls: string[] = []
  let backup: { code: number; out: string }

  beforeAll(async () => {
    const seller = await registerSeller(api, "backup-coop")
    await api.post("/vendors/me/members", MEMBER, seller.auth)
    await api.post("/vendors/me/members", { ...MEMBER, name: "汪德明", id_number: ID_B }, seller.auth)
    const product = await listApproved(api, seller, CHESTNUTS)
    const { data } = await uploadPhotos(api, product.id, [{ name: "harvest.jpg", content: await photo(800, 600) }], seller.auth)
    photoUrls = Object.values(data.product.images[0].metadata.renditions as Record<string, Record<string, string>>).flatMap((w) => Object.values(w))
    const store = await storeHeaders(getContainer())
    for (const quantity of [1, 2]) await checkout(api, store, [{ variant_id: product.variants[0].id, quantity }])
    await eventually(async () => expect((await api.get(`/vendors/me/statements/${thisMonth()}`, seller.auth)).data.statement.orders).toHaveLength(2))
    backup = await script("backup.mjs", [backupDir], { DATABASE_URL: live })
  })

  afterAll(async () => {
    const name = new URL(restoredUrl).pathname.slice(1)
    await rowsOf(live.replace(/\/[^/]*$/, "/postgres"), `drop database if exists "${name}" with (force)`)
    fs.rmSync(work, { recursive: true, force: true })
  })

  it("backs up the database and the uploaded files, without the personal-data key", async () => {
    expect(backup).toMatchObject({ code: 0 })
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8"))
    expect(manifest.personal_data_key).toEqual({ included: false, fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(manifest.files.count).toBeGreaterThanOrEqual(photoUrls.length)
    const everything = fs.readdirSync(backupDir, { recursive: true }).map(String)
    for (const file of everything.filter((f) => fs.statSync(path.join(backupDir, f)).isFile())) {
      expect([file, fs.readFileSync(path.join(backupDir, file)).includes(process.env.PERSONAL_DATA_KEY!)]).toEqual([file, false])
    }
  })

  it("refuses to restore into a database that holds tables, or with another key, and changes nothing", async () => {
    const before = await tableCounts(live)
    const intoLive = await script("restore.mjs", [backupDir, live], {})
    expect(intoLive.code).not.toBe(0)
    expect(intoLive.out).toMatch(/already holds \d+ tables: restore only into a new or empty database/)
    const wrongKey = await script("restore.mjs", [backupDir, restoredUrl], { PERSONAL_DATA_KEY: "another-key-of-32-characters-long!" })
    expect(wrongKey.out).toContain("PERSONAL_DATA_KEY is not the key this backup was sealed with")
    expect(wrongKey.code).not.toBe(0)
    expect(await tableCounts(live)).toEqual(before)
  })

  it("restores into a new database every row of every table, the photos, and ID numbers readable with the key", async () => {
    const restored = await script("restore.mjs", [backupDir, restoredUrl], { FILES_DIR: restoredFiles })
    expect(restored).toMatchObject({ code: 0 })
    expect(await tableCounts(restoredUrl)).toEqual(await tableCounts(live))
    for (const sql of [
      `select * from "order" order by id`,
      "select * from order_line_item order by id",
      "select * from purchase order by id",
      "select * from settlement_entry order by id",
      "select * from member order by id",
    ]) {
      const rows = await rowsOf(restoredUrl, sql)
      expect([sql, rows.length > 0]).toEqual([sql, true])
      expect(rows).toEqual(await rowsOf(live, sql))
    }
    const idNumbers = async (url: string) =>
      (await rowsOf(url, "select id_number_encrypted from member")).map((m) => unseal(m.id_number_encrypted)).sort()
    const restoredIds = await idNumbers(restoredUrl)
    expect(restoredIds).toEqual(await idNumbers(live))
    expect(restoredIds).toEqual(expect.arrayContaining([ID_B, MEMBER.id_number]))
    const statement = await rowsOf(restoredUrl, "select count(*)::int as n from settlement_entry where deleted_at is null")
    expect(statement[0].n).toBeGreaterThanOrEqual(2)
    for (const url of photoUrls) {
      const file = path.join(restoredFiles, path.basename(pathOf(url)))
      const served = Buffer.from((await api.get(pathOf(url), { responseType: "arraybuffer" })).data)
      expect(fs.readFileSync(file).equals(served)).toBe(true)
    }
  })

  // A deployment runs `medusa db:migrate` on a database full of data written by the previous version. The restored copy
  // is taken back to that shape: the newest migration of each of the store's modules that can be undone without
  // dropping a table is undone. Migrating it again must give exactly the schema of a fresh install and keep every row.
  it("migrates a copy with data from the previous schema to the current one, keeping every row", async () => {
    // Compared with the copy's own schema: a restore re-parses some index predicates into equivalent text.
    const original = await schemaOf(restoredUrl)
    const undone: string[] = []
    const client = new Client({ connectionString: restoredUrl })
    await client.connect()
    try {
      for (const { className, migration } of newestReversibleMigrations()) {
        await migration.down()
        const statements: string[] = migration.getQueries()
        if (statements.some((sql) => /drop table/i.test(sql))) continue
        for (const sql of statements) await client.query(sql)
        await client.query("delete from mikro_orm_migrations where name = $1", [className])
        undone.push(className)
      }
    } finally {
      await client.end()
    }
    expect(undone.length).toBeGreaterThanOrEqual(3)
    expect(await schemaOf(restoredUrl)).not.toEqual(original)

    // As docker-compose and `npm start` run it.
    const migrate = await run("npx", ["medusa", "db:migrate"], {
      cwd: path.resolve(__dirname, "../../../backend"),
      env: { ...process.env, DATABASE_URL: restoredUrl },
      maxBuffer: 64 * 1024 * 1024,
    }).then(() => 0, (e) => e.code)
    expect(migrate).toBe(0)

    const migrated = await schemaOf(restoredUrl)
    expect(migrated).toEqual(original)
    expect(migrated.columns).toEqual((await schemaOf(live)).columns)
    const applied = await rowsOf(restoredUrl, "select name from mikro_orm_migrations")
    expect(applied.map((r) => r.name)).toEqual(expect.arrayContaining(undone))
    expect(await tableCounts(restoredUrl)).toEqual(await tableCounts(live))
    for (const table of ["order", "order_line_item", "purchase", "settlement_entry", "member", "seller", "listing", "product", "product_variant"]) {
      const sql = `select * from "${table}" order by id`
      expect([table, await rowsOf(restoredUrl, sql)]).toEqual([table, await rowsOf(live, sql)])
    }
  })
}
