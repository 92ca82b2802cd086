import ExcelJS from "exceljs"
import type { SuiteContext } from "../support/boot"
import { eventually } from "../support/eventually"
import { csvOf, HEADER, listingSheet } from "../support/listing-sheet"
import { failure, registerSeller } from "../support/sellers"
import listingImportsStalled from "../../../backend/src/jobs/listing-imports-stalled"

type Auth = { headers: object }
type File = { name: string; content: Buffer | string }

const upload = (api: any, file: File, auth: Auth, dryRun = false) => {
  const form = new FormData()
  form.append("file", new Blob([file.content]), file.name)
  return api.post(`/vendors/me/listing-imports${dryRun ? "?dry_run=true" : ""}`, form, auth)
}
const csv = (cells: string[][], name = "listings.csv"): File => ({ name, content: Buffer.from(csvOf(cells)) })
const ruleOf = (errors: any[]) => errors.map((e: any) => ({ row: e.row, field: e.field, rule: e.rule }))

export default function listingImportsSuite({ api, getContainer }: SuiteContext) {
  const pg = () => getContainer().resolve("__pg_connection__") as any
  const counts = async (sellerId: string) => {
    const [row] = (
      await pg().raw(
        `select count(distinct l.product_id)::int as listings, count(v.id)::int as sizes, count(distinct l.status)::int as statuses
           from listing l join product_variant v on v.product_id = l.product_id and v.deleted_at is null
          where l.seller_id = ? and l.deleted_at is null`,
        [sellerId]
      )
    ).rows
    return row
  }
  // Generous for a loaded 2-core machine; the 5,000 rows' import takes about a minute alone.
  const finished = (auth: Auth, id: string) =>
    eventually(async () => {
      const { data } = await api.get(`/vendors/me/listing-imports/${id}`, auth)
      expect(data.import.status).toBe("done")
      return data.import
    }, 280_000)

  it("imports 5,000 rows in the worker, reporting exactly the 50 bad ones by row, field and rule; a dry run writes nothing; a re-run duplicates nothing", async () => {
    const a = await registerSeller(api, "import-big")
    const sheet = listingSheet(5000, 50)
    const file = csv(sheet.cells)

    const dry = await upload(api, file, a.auth, true)
    expect(dry.status).toBe(200)
    expect(dry.data).toMatchObject({ dry_run: true, total: 5000, valid: 4950 })
    expect(ruleOf(dry.data.errors)).toEqual(sheet.errors)
    expect(dry.data.errors[0].message_zh).toMatch(/^第 3 行「price_cny」：/)
    expect(await counts(a.id)).toMatchObject({ listings: 0, sizes: 0 })
    expect((await pg().raw(`select count(*)::int as n from listing_import where seller_id = ?`, [a.id])).rows[0].n).toBe(0)

    const queued = await upload(api, file, a.auth)
    expect(queued.status).toBe(202)
    expect(queued.data.import).toMatchObject({ status: expect.stringMatching(/queued|running|done/), total: 5000, failed: 50 })
    const done = await finished(a.auth, queued.data.import.id)
    expect(done).toMatchObject({ total: 5000, processed: 5000, imported: 4950, failed: 50 })
    expect(ruleOf(done.errors)).toEqual(sheet.errors)
    // 1,250 listings (the first size of each was good), 4,950 sizes, every one waiting for the association's review.
    expect(await counts(a.id)).toEqual({ listings: 1250, sizes: 4950, statuses: 1 })
    const { data: own } = await api.get("/vendors/me/products", a.auth)
    expect(own.count).toBe(1250)
    const lot1 = own.products.find((p: any) => p.handle === "import-big-lot-0001")
    expect(lot1).toMatchObject({ status: "draft", title: "罗田鲜板栗 · 特级", listing: { status: "pending", grade_code: "special" } })
    // Row 3 (lot-0001's 1 kg) was the bad one: its other sizes are priced and stocked as the sheet says.
    const sizes = lot1.variants.map((v: any) => [v.weight, Number(v.prices[0].amount), v.inventory_items[0].inventory.location_levels[0].stocked_quantity])
    expect(sizes.sort((x: any, y: any) => x[0] - y[0])).toEqual([[500, 25, 0], [2000, 100, 2], [5000, 250, 3]])

    const again = await upload(api, file, a.auth)
    const rerun = await finished(a.auth, again.data.import.id)
    expect(rerun).toMatchObject({ imported: 4950, failed: 50 })
    expect(await counts(a.id)).toEqual({ listings: 1250, sizes: 4950, statuses: 1 })
  }, 600_000)

  it("changes a seller's existing listings by their code: a new size, a price and a stock, through the portal's rules", async () => {
    const a = await registerSeller(api, "import-edit")
    const [header, ...rows] = listingSheet(8, 1).cells
    const first = rows.slice(0, 4).filter((_, i) => i !== 1)
    const queued = await upload(api, csv([header, ...first]), a.auth)
    await finished(a.auth, queued.data.import.id)
    expect(await counts(a.id)).toMatchObject({ listings: 1, sizes: 3 })

    const edited = first.map((row) => [...row])
    edited[0][6] = "77" // 500 g: new stock
    edited[1][5] = "110" // 2 kg: ¥55 per kg, still in 特级's band
    const added = ["lot-0001", "chestnut", "fresh-chestnut", "special", "1000", "60", "9", "6901234567892", "", ""]
    const again = await upload(api, csv([header, ...edited, added]), a.auth)
    expect(await finished(a.auth, again.data.import.id)).toMatchObject({ total: 4, imported: 4, failed: 0 })
    const { data } = await api.get("/vendors/me/products", a.auth)
    expect(data.count).toBe(1)
    const sizes = data.products[0].variants.map((v: any) => [v.weight, Number(v.prices[0].amount), v.ean, v.inventory_items[0].inventory.location_levels[0].stocked_quantity])
    expect(sizes.sort((x: any, y: any) => x[0] - y[0])).toEqual([[500, 25, null, 77], [1000, 60, "6901234567892", 9], [2000, 110, null, 2], [5000, 250, null, 3]])

    // A different grade under the same code is not a silent regrade: that row is refused, naming the rule.
    const regraded = edited.slice(0, 1).map((row) => [...row.slice(0, 3), "first", ...row.slice(4)])
    const dry = await upload(api, csv([header, ...regraded]), a.auth, true)
    expect(ruleOf(dry.data.errors)).toEqual([{ row: 2, field: "listing", rule: "listing_mismatch" }])
  })

  it("exports a seller's own listings as CSV and .xlsx in the columns the import takes, and re-imports them unchanged", async () => {
    const a = await registerSeller(api, "import-export")
    const b = await registerSeller(api, "import-other")
    const listing = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 30, gtin: "6901234567892" }] }
    await api.post("/vendors/me/products", listing, a.auth)
    await api.post("/vendors/me/products", { ...listing, name: "fresh-chestnut", sizes: [{ net_weight_g: 1000, price_cny: 40, stock: 5 }] }, b.auth)

    const text = await api.get("/vendors/me/listing-export?format=csv", { ...a.auth, responseType: "arraybuffer" })
    expect(text.headers["content-type"]).toMatch(/text\/csv/)
    expect(Buffer.from(text.data).toString("utf8")).toBe(
      "\uFEFF" + HEADER.join(",") + "\r\nold-tree-chestnut-special,chestnut,old-tree-chestnut,special,2000,76.5,30,6901234567892,,\r\n"
    )
    const xlsx = await api.get("/vendors/me/listing-export?format=xlsx", { ...a.auth, responseType: "arraybuffer" })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.data)
    const sheet = book.worksheets[0]
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER])
    expect(sheet.getRow(2).values).toEqual([undefined, "old-tree-chestnut-special", "chestnut", "old-tree-chestnut", "special", 2000, 76.5, 30, "6901234567892"])
    expect(sheet.rowCount).toBe(2)

    const back = await upload(api, { name: "listings.xlsx", content: Buffer.from(xlsx.data) }, a.auth)
    expect(await finished(a.auth, back.data.import.id)).toMatchObject({ total: 1, imported: 1, failed: 0 })
    expect((await api.get("/vendors/me/products", a.auth)).data.count).toBe(1)
  })

  it("keeps each seller's imports its own: another seller's import is a 404 and never in its list", async () => {
    const a = await registerSeller(api, "import-mine")
    const b = await registerSeller(api, "import-theirs")
    const queued = await upload(api, csv(listingSheet(8, 1).cells), a.auth)
    await finished(a.auth, queued.data.import.id)
    expect((await failure(api.get(`/vendors/me/listing-imports/${queued.data.import.id}`, b.auth))).status).toBe(404)
    expect((await api.get("/vendors/me/listing-imports", b.auth)).data.imports).toEqual([])
    expect((await api.get("/vendors/me/listing-imports", a.auth)).data.imports.map((i: any) => i.id)).toEqual([queued.data.import.id])
    // Axios drops the byte-order mark of a text answer.
    expect((await api.get("/vendors/me/listing-export", b.auth)).data).toBe(HEADER.join(",") + "\r\n")
    // A pending seller may not import.
    const pending = await registerSeller(api, "import-pending", false)
    expect((await failure(upload(api, csv(listingSheet(8, 1).cells), pending.auth))).status).toBe(403)
  })

  it("marks an import whose worker stopped mid-way failed after 10 silent minutes, so the seller uploads it again", async () => {
    const a = await registerSeller(api, "import-stalled")
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await finished(a.auth, (await upload(api, csv(listingSheet(8, 1, `s${i}`).cells), a.auth)).data.import.id)).id)
    // As a worker leaves them when it stops: running, last written 11 and 9 minutes ago; the third is finished.
    const age = (id: string, minutes: number) =>
      pg().raw(`update listing_import set status = 'running', finished_at = null, updated_at = now() - make_interval(mins => ?) where id = ?`, [minutes, id])
    await age(ids[0], 11)
    await age(ids[1], 9)
    await listingImportsStalled(getContainer())
    const statuses = await Promise.all(ids.map(async (id) => (await api.get(`/vendors/me/listing-imports/${id}`, a.auth)).data.import))
    expect(statuses.map((job) => job.status)).toEqual(["failed", "running", "done"])
    expect(statuses[0].finished_at).not.toBeNull()
    expect(statuses[0]).toMatchObject({ processed: 8, imported: 7, failed: 1 })
  })

  it("refuses bad files with a 400 naming the rule, and writes nothing", async () => {
    const a = await registerSeller(api, "import-files")
    const big = listingSheet(8, 1).cells
    const cases: [File, RegExp][] = [
      [{ name: "listings.txt", content: "a,b" }, /file: only \.csv \(UTF-8\) and \.xlsx files are accepted/],
      [{ name: "listings.xlsx", content: csvOf(big) }, /file: only \.csv/],
      [{ name: "listings.csv", content: Buffer.from([0xff, 0xfe, 0x00, 0x41]) }, /file: not a readable csv file/],
      [{ name: "listings.csv", content: Buffer.alloc(0) }, /file: the file is empty/],
      [{ name: "listings.csv", content: Buffer.alloc(5 * 1024 * 1024 + 1, "a") }, /file: a sheet may be at most 5 MB/],
      [csv([["商品编码 listing", "colour"]]), /file: unknown column "colour"/],
      [csv([HEADER.slice(1)]), /file: the header row lacks the column\(s\) listing/],
      [csv([HEADER]), /file: the file has a header but no rows/],
      [csv([HEADER, ...Array.from({ length: 10_001 }, () => big[1])]), /file: at most 10000 rows per file; this one has 10001/],
    ]
    for (const [file, message] of cases) {
      for (const dryRun of [true, false]) {
        const { status, data } = await failure(upload(api, file, a.auth, dryRun))
        expect([file.name, status, data.message]).toEqual([file.name, 400, expect.stringMatching(message)])
      }
    }
    expect((await failure(api.post("/vendors/me/listing-imports", { file: "x" }, a.auth))).status).toBe(400)
    expect((await pg().raw(`select count(*)::int as n from listing_import`)).rows[0].n).toBe(0)
    expect(await counts(a.id)).toMatchObject({ listings: 0 })
  })
}
