import type { SuiteContext } from "../support/boot"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { sellerPartIds } from "../support/purchases"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders, thisMonth } from "../support/store"

// The impact rollups: real orders placed through the store, household incomes in the ledger, the association's
// dashboard, its exports, and the public figures that hide any group of fewer than five households.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"
/** A valid resident ID number (GB 11643-1999 check character) for the n-th test household. */
const idNumber = (n: number) => {
  const first17 = `42112319800101${String(100 + n).padStart(3, "0")}`
  return first17 + CHECK[[...first17].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i], 0) % 11]
}
const HOUSEHOLDS = ["程桂兰", "王秀英", "周德胜", "李长青", "张满仓", "刘翠花"].map((name, i) => ({
  name,
  village: "錾字石村",
  phone: `1390713${String(1000 + i)}`,
  id_number: idNumber(i),
  poor_household: i < 4,
  joined_at: "2017-05-01",
}))

export default function impactSuite({ api, getContainer }: SuiteContext) {
  const month = thisMonth()
  const admin = () => adminHeaders(api)
  const refresh = async (from: string, to = from) => (await api.post("/admin/impact/refresh", { from, to }, await admin())).data.refreshed
  const report = async (query: string) => (await api.get(`/admin/impact?${query}`, await admin())).data.impact
  const group = (list: any[], key: string) => list.find((g) => g.key === key) ?? { sales_fen: "0", orders: 0, parcels: 0 }
  const fen = (before: any, after: any) => Number(BigInt(after.sales_fen) - BigInt(before.sales_fen))

  it("rolls up real seller orders by month, category, town and seller type, filters them and exports CSV and PDF", async () => {
    const farm = await registerSeller(api, "impact-farm")
    const chestnut = (await listApproved(api, farm, CHESTNUTS)).variants[0].id
    const poria = (await listApproved(api, farm, PORIA)).variants[0].id
    await refresh(month)
    const all = `from=${month}&to=${month}`
    const before = { all: await report(all), herbsHere: await report(`${all}&town=Shengli&category=herbs`) }

    // One order with chestnuts and Poria (¥140 + ¥42.50), one with chestnuts only (¥70): goods only, no delivery.
    const store = await storeHeaders(getContainer())
    const bought = [await checkout(api, store, [{ variant_id: chestnut, quantity: 2 }, { variant_id: poria, quantity: 1 }]), await checkout(api, store, [{ variant_id: chestnut, quantity: 1 }])]
    for (const b of bought) await eventually(async () => expect(await sellerPartIds(getContainer(), b.order.id)).toHaveLength(1))
    expect(await refresh(month)).toMatchObject({ from: month, to: month })

    const after = await report(all)
    expect(fen(before.all.totals, after.totals)).toBe(25_250)
    expect(after.totals.orders - before.all.totals.orders).toBe(2)
    const thisMonthRow = (r: any) => r.months.find((m: any) => m.month === month)
    expect(fen(thisMonthRow(before.all), thisMonthRow(after))).toBe(25_250)
    expect([fen(group(before.all.by_category, "chestnut"), group(after.by_category, "chestnut")), group(after.by_category, "chestnut").orders - group(before.all.by_category, "chestnut").orders]).toEqual([21_000, 2])
    expect([fen(group(before.all.by_category, "herbs"), group(after.by_category, "herbs")), group(after.by_category, "herbs").orders - group(before.all.by_category, "herbs").orders]).toEqual([4_250, 1])
    expect(fen(group(before.all.by_town, "胜利镇"), group(after.by_town, "胜利镇"))).toBe(25_250)
    expect(fen(group(before.all.by_seller_type, "household"), group(after.by_seller_type, "household"))).toBe(25_250)
    expect(after.baseline.online_sales_million_yuan).toEqual({ 2014: 20.5, 2015: 280, 2016: 810 })

    // Filters: Shengli's Poria grew by the one pack; the category filter keeps only that category.
    const herbsHere = await report(`${all}&town=Shengli&category=herbs`)
    expect(herbsHere).toMatchObject({ town: "胜利镇", category: "herbs" })
    expect([fen(before.herbsHere.totals, herbsHere.totals), herbsHere.totals.orders - before.herbsHere.totals.orders]).toEqual([4_250, 1])
    expect(herbsHere.by_category.map((c: any) => c.key)).toEqual(["herbs"])
    expect(herbsHere.by_town.map((t: any) => t.key)).toEqual(["胜利镇"])

    // A refresh again changes nothing (the months are rebuilt, not added to).
    await refresh(month)
    expect((await report(all)).totals).toEqual(after.totals)

    // Exports of the same figures.
    const csv = await api.get(`/admin/impact/report.csv?${all}`, await admin())
    expect(csv.headers["content-type"]).toMatch(/text\/csv/)
    expect(csv.data).toContain(`合计 Total,${(Number(after.totals.sales_fen) / 100).toFixed(2)},${after.totals.orders},`)
    const pdf = await api.get(`/admin/impact/report.pdf?${all}`, { ...(await admin()), responseType: "arraybuffer" })
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

    // Bad filters are 400s naming the field; sellers and strangers are refused.
    const bad = async (query: string) => (await failure(api.get(`/admin/impact?${query}`, await admin()))) as any
    expect(await bad("from=2026-13&to=2026-12")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/from: must be a month written YYYY-MM/) } })
    expect(await bad("from=2026-05&to=2026-04")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/to: must not be before from/) } })
    expect(await bad("from=2020-01&to=2026-01")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/to: must be at most 60 months after from/) } })
    expect(await bad(`${all}&town=Atlantis`)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/town: must be one of Luotian's 12 towns/) } })
    expect(await bad(`${all}&category=Bad%20Cat`)).toMatchObject({ status: 400, data: { message: expect.stringMatching(/category: must be a category handle/) } })
    expect(await bad(`${all}&seller=x`)).toMatchObject({ status: 400 })
    expect(await bad("to=2026-01")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/from: /) } })
    for (const path of [`/admin/impact?${all}`, `/admin/impact/report.csv?${all}`]) {
      expect((await failure(api.get(path, farm.auth))).status).toBe(401)
      expect((await failure(api.get(path, bearer("not-a-token")))).status).toBe(401)
    }
    expect((await failure(api.post("/admin/impact/refresh", { from: month, to: month }, farm.auth))).status).toBe(401)
  })

  it("shows the public households' figures only in groups of five or more, with no personal datum", async () => {
    const coop = await registerSeller(api, "impact-coop")
    const members: string[] = []
    for (const h of HOUSEHOLDS) members.push((await api.post("/vendors/me/members", h, coop.auth)).data.member.id)

    // Six households earn in June 2019 (four registered-poor), three of them in July: months before any seeded activity.
    const ledger = getContainer().resolve("ledger") as any
    const entry = (member_id: string, month: string, amount: number) => ({
      key: `impact-test:${member_id}:${month}`, seller_id: coop.id, member_id, kind: "lot_sale", source_type: "lot", source_id: `lot_test_${month}`,
      amount_fen: amount, month, posted_at: new Date(), status: "open",
    })
    await ledger.createLedgerEntries([
      ...members.map((m, i) => entry(m, "2019-06", 10_000 + i * 1_001)),
      ...members.slice(0, 3).map((m) => entry(m, "2019-07", 5_000)),
    ])
    await refresh("2019-06", "2019-07")

    // The association sees the exact figures.
    const june = await report("from=2019-06&to=2019-06")
    expect(june.totals).toMatchObject({ households: 6, poor_households: 4, household_income_fen: "75015", poor_income_fen: "46006" })
    expect((await report("from=2019-06&to=2019-07")).totals).toMatchObject({ households: 6, household_income_fen: "90015" })
    // Ranges over a year's end count each household once, from the month the range starts.
    expect((await report("from=2018-11&to=2019-06")).totals).toMatchObject({ households: 6, poor_households: 4 })
    expect((await report("from=2019-07&to=2020-02")).totals).toMatchObject({ households: 3, household_income_fen: "15000" })

    const store = await storeHeaders(getContainer())
    const publicOf = async (query: string) => {
      const { data } = await api.get(`/store/impact?${query}`, store)
      const text = JSON.stringify(data)
      for (const h of HOUSEHOLDS) for (const datum of [h.name, h.phone, h.id_number, h.village]) expect(text).not.toContain(datum)
      for (const id of [...members, coop.id]) expect(text).not.toContain(id)
      return data.impact
    }
    expect(await publicOf("from=2019-06&to=2019-06")).toMatchObject({
      households: 6,
      household_income_fen: "75015",
      poor_households: "fewer_than_5",
      poor_income_fen: null,
      months: [{ month: "2019-06", households: 6 }],
      by_category: [],
    })
    const july = await publicOf("from=2019-07&to=2019-07")
    expect(july).toMatchObject({ households: "fewer_than_5", household_income_fen: null, poor_households: "fewer_than_5", months: [{ month: "2019-07", households: "fewer_than_5" }] })
    const both = await publicOf("from=2019-06&to=2019-07")
    expect(both.months.map((m: any) => m.households)).toEqual([6, "fewer_than_5"])
    expect((await failure(api.get("/store/impact?from=2019-06", store))) as any).toMatchObject({ status: 400, data: { message: expect.stringMatching(/to: must be given with the other end/) } })
  })
}
