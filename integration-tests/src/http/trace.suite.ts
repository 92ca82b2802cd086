import type { SuiteContext } from "../support/boot"
import { gtin13CheckDigit } from "@luotian/contract"
import { decodeQrFromPdf } from "../support/pdf-qr"
import { failure, MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders, productByHandle, storeHeaders } from "../support/store"

const gtin = (first12: string) => `${first12}${gtin13CheckDigit(first12)}`
const GTIN = gtin("690998877001")
// Resident ID numbers with their GB 11643-1999 check character, one per household.
const idNumber = (n: number) => {
  const body = `42112319800101${String(100 + n).padStart(3, "0")}`
  const sum = [...body].reduce((total, d, i) => total + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]!, 0)
  return body + "10X98765432"[sum % 11]
}
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
const CERTIFICATE = { contact: "0713-5012345", commitments: ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"], basis: ["self_test"] }
const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length

export default function traceSuite({ api, getContainer }: SuiteContext) {
  let store: Awaited<ReturnType<typeof storeHeaders>>
  let product: any
  const households: string[] = []
  let seller: Awaited<ReturnType<typeof registerSeller>>

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
    seller = await registerSeller(api, "trace-coop")
    const listing = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }] }
    product = (await api.post("/vendors/me/products", listing, seller.auth)).data.product
    for (let n = 0; n < 6; n++) {
      const body = { ...MEMBER, name: `社员${n}`, id_number: idNumber(n) }
      households.push((await api.post("/vendors/me/members", body, seller.auth)).data.member.id)
    }
  })

  const record = async (code: string, supplying: string[]) => {
    const body = {
      product_id: product.id, code, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇", village: "錾字石村" },
      quantity: 300, unit: "kg", best_before: "2026-12-20", households: supplying.map((member_id) => ({ member_id, quantity: 10 })),
    }
    const { data } = await api.post("/vendors/me/lots", body, seller.auth)
    const inspection = await api.post("/admin/inspections", { seller_id: seller.id, category: "chestnut", lot: code, measurements: SPECIAL }, await adminHeaders(api))
    await api.post(`/vendors/me/lots/${data.lot.id}/inspection`, { inspection_id: inspection.data.inspection.id }, seller.auth)
    return data.lot
  }

  it("answers a lot's GS1 Digital Link with its facts, the grade's criteria beside the measured values, and households only as a count", async () => {
    await record("TC-2026-0920-01", households)
    const { status, data } = await api.get(`/store/trace/0${GTIN}/TC-2026-0920-01`, store)
    expect(status).toBe(200)
    expect(data.trace).toMatchObject({
      gtin: `0${GTIN}`,
      lot: "TC-2026-0920-01",
      digital_link: `/01/0${GTIN}/10/TC-2026-0920-01`,
      withdrawn: false,
      product: { id: product.id, title: "老树鲜板栗 · 特级", title_en: "Old-tree fresh chestnuts · Premium grade", size: "2kg", net_weight_g: 2000, on_sale: false },
      kind: "harvest",
      produced_on: "2026-09-20",
      best_before: "2026-12-20",
      origin: { town: "胜利镇", village: "錾字石村", base: null },
      grade: { code: "special", name: "特级", standard: { version: 1 } },
      seller: { handle: "trace-coop", type: "household", member_count: 6 },
      households: 6,
    })
    expect(data.trace.grade.criteria).toEqual(
      expect.arrayContaining([expect.objectContaining({ attribute: "nuts_per_kg", max: "40", measured: 38, measured_text: "38 粒/千克", measured_text_en: "38 per kg" })])
    )
    // The GTIN-13 itself and a lower-case lot code find it too.
    expect((await api.get(`/store/trace/${GTIN}/tc-2026-0920-01`, store)).data.trace.lot).toBe("TC-2026-0920-01")
    // Nothing of the households but their number.
    expect(JSON.stringify(data)).not.toMatch(/社员|程桂兰|13907130002|4211231980|mem_/)
  })

  it("hides the count of fewer than five households, says when a lot is withdrawn, and 404s an unknown lot", async () => {
    const few = await record("TC-FEW", households.slice(0, 4))
    expect((await api.get(`/store/trace/0${GTIN}/TC-FEW`, store)).data.trace).toMatchObject({ households: null, withdrawn: false })

    await getContainer().resolve("lot").updateLots({ id: few.id, status: "withdrawn" })
    expect((await api.get(`/store/trace/0${GTIN}/TC-FEW`, store)).data.trace.withdrawn).toBe(true)

    for (const [path, status, field] of [
      [`/store/trace/0${GTIN}/NO-SUCH-LOT`, 404, "lot"],
      [`/store/trace/0${gtin("690998877002")}/TC-FEW`, 404, "lot"],
      [`/store/trace/0${GTIN.slice(0, 12)}${(Number(GTIN[12]) + 1) % 10}/TC-FEW`, 400, "gtin"],
      [`/store/trace/1${GTIN}/TC-FEW`, 400, "gtin"],
      [`/store/trace/0${GTIN}/TC%2FFEW`, 400, "lot"],
    ] as const) {
      const response = await failure(api.get(path, store))
      expect([path, response.status]).toEqual([path, status])
      expect(response.data.message).toContain(field)
    }
  })

  describe("labels", () => {
    const labels = (lot: any, query = "", auth = seller.auth) =>
      api.get(`/vendors/me/lots/${lot.id}/labels.pdf${query}`, { ...auth, responseType: "arraybuffer" })

    it("prints a sheet of a certified lot's labels whose QR code, scanned, leads to the lot's trace", async () => {
      const lot = await record("TC-LABEL-01", households)
      const refused = await failure(labels(lot))
      expect(refused.status).toBe(409)
      expect(JSON.parse(Buffer.from(refused.data).toString()).message).toMatch(/certificate: .*issue a certificate first/)
      await api.post(`/vendors/me/lots/${lot.id}/certificates`, CERTIFICATE, seller.auth)

      const { status, headers, data } = await labels(lot)
      expect(status).toBe(200)
      expect(headers["content-type"]).toBe("application/pdf")
      expect(headers["content-disposition"]).toBe('attachment; filename="labels-TC-LABEL-01.pdf"')
      const pdf = Buffer.from(data)
      expect(pages(pdf)).toBe(1)
      expect(pdf.toString("latin1")).toMatch(/\/FontFile2/)

      // The rasterised page's QR code is the lot's GS1 Digital Link on the storefront, which the trace answers.
      const scanned = new URL(await decodeQrFromPdf(pdf))
      expect(scanned.origin).toBe(process.env.STOREFRONT_PUBLIC_URL ?? "http://localhost:8000")
      expect(scanned.pathname).toBe(`/01/0${GTIN}/10/TC-LABEL-01`)
      const [, gtin14, code] = scanned.pathname.match(/^\/01\/(\d{14})\/10\/([^/]+)$/)!
      const { data: trace } = await api.get(`/store/trace/${gtin14}/${code}`, store)
      expect(trace.trace).toMatchObject({ lot: "TC-LABEL-01", product: { id: product.id, size: "2kg" }, grade: { code: "special" }, households: 6 })
      expect(trace.trace.certificates).toEqual([expect.objectContaining({ number: "TC-LABEL-01-1", in_force: true })])

      // As many labels as asked, eight to a sheet.
      expect(pages(Buffer.from((await labels(lot, "?count=9")).data))).toBe(2)
      expect(pages(Buffer.from((await labels(lot, `?count=200&variant_id=${product.variants[0].id}`)).data))).toBe(25)
    })

    it("prints only the seller's own, certified, active lots, and refuses a bad count or size naming it", async () => {
      const lot = await record("TC-LABEL-02", households)
      await api.post(`/vendors/me/lots/${lot.id}/certificates`, CERTIFICATE, seller.auth)
      const other = await registerSeller(api, "trace-other-coop")
      const seeded = await productByHandle(getContainer(), "fresh-chestnut-special")
      const cases: [string, string, string, typeof seller.auth, number, string][] = [
        ["another seller's lot", lot.id, "", other.auth, 404, "was not found"],
        ["no such lot", "lot_unknown", "", seller.auth, 404, "was not found"],
        ["count 0", lot.id, "?count=0", seller.auth, 400, "count"],
        ["count 201", lot.id, "?count=201", seller.auth, 400, "count"],
        ["a fraction", lot.id, "?count=1.5", seller.auth, 400, "count"],
        ["not a number", lot.id, "?count=eight", seller.auth, 400, "count"],
        ["another product's size", lot.id, `?variant_id=${seeded.variants[0].id}`, seller.auth, 400, "variant_id"],
        ["an unknown field", lot.id, "?copies=3", seller.auth, 400, "copies"],
      ]
      for (const [what, id, query, auth, status, words] of cases) {
        const response = await failure(labels({ id }, query, auth))
        expect([what, response.status]).toEqual([what, status])
        expect(JSON.parse(Buffer.from(response.data).toString()).message).toContain(words)
      }
      await getContainer().resolve("lot").updateLots({ id: lot.id, status: "withdrawn" })
      const withdrawn = await failure(labels(lot))
      expect(withdrawn.status).toBe(409)
      expect(JSON.parse(Buffer.from(withdrawn.data).toString()).message).toContain("withdrawn")
    })
  })
}
