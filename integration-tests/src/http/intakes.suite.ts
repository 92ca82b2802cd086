import type { SuiteContext } from "../support/boot"
import { FIRST_GRADE_CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { pdfText } from "../support/pdf-text"
import { bearer, failure, MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders } from "../support/store"

type Headers = { headers: Record<string, string> }

// 代销: a station takes in a household's produce for the seller that buys it (README, "Village stations").
export default function intakesSuite({ api, getContainer }: SuiteContext) {
  let admin: Headers
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  let pending: Awaited<ReturnType<typeof registerSeller>>
  const ids: Record<string, string> = {}
  const operators: Record<string, Headers> = {}
  const first: Record<string, any> = {}
  const bookBefore: Record<string, any> = {}
  const stationModule = () => getContainer().resolve("station")
  const lotModule = () => getContainer().resolve("lot")
  let n = 0
  const reference = () => `intake-ref-${Date.now()}-${++n}`

  async function operatorOf(stationId: string, email: string) {
    const { data: invited } = await api.post(`/admin/stations/${stationId}/invites`, { email }, admin)
    const { data: registered } = await api.post("/auth/station/emailpass/register", { email, password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: invited.invite.token, first_name: "桂兰" }, bearer(registered.token))
    const { data: login } = await api.post("/auth/station/emailpass", { email, password: "pass-1234" })
    return bearer(login.token)
  }

  /** Chen's chestnuts from Chen's household, 30.5 kg of grade 1 at ¥19.99/kg: 609.695 yuan, so 60970 fen. */
  const chestnuts = (extra: object = {}) => ({
    client_reference: reference(), seller_id: chen.id, member_id: ids.chenMember, product_id: ids.chestnuts,
    quantity_kg: "30.5", grade_code: "first", price_per_kg_fen: 1999, paid: "now", ...extra,
  })
  const intakeRows = async (filters: object = {}) => await stationModule().listStationIntakes(filters)
  const cashOf = async (intake_id: string) => await stationModule().listStationCashEntries({ intake_id })

  beforeAll(async () => {
    admin = await adminHeaders(api)
    chen = await registerSeller(api, "chen-intake")
    wang = await registerSeller(api, "wang-intake")
    pending = await registerSeller(api, "pending-intake", false)
    ids.chestnuts = (await listApproved(api, chen, FIRST_GRADE_CHESTNUTS)).id
    ids.poria = (await listApproved(api, wang, PORIA)).id
    ids.chenMember = (await api.post("/vendors/me/members", MEMBER, chen.auth)).data.member.id
    ids.wangMember = (await api.post("/vendors/me/members", { ...MEMBER, name: "王秀英", phone: "13907130003" }, wang.auth)).data.member.id
    const { data } = await api.get(`/admin/stations?town=${encodeURIComponent("胜利镇")}`, admin)
    const byCode = Object.fromEntries(data.stations.map((s: any) => [s.code, s]))
    ids.zzs = byCode["SL-ZZS"].id
    operators.zzs = await operatorOf(ids.zzs, "zzs-intake@stations.test")
    operators.bly = await operatorOf(byCode["SL-BLY"].id, "bly-intake@stations.test")
    const { data: plain } = await api.post("/admin/stations", {
      code: "SL-NODX", kind: "village", parent_id: byCode["SL"].id, name: "无代销村服务站", name_en: "No selling-for station", town: "胜利镇",
      town_en: "Shengli", village: "无代销村", village_en: "Wudaixiao", address: "胜利镇无代销村小卖部", hours: "08:00–18:00",
      operator_name: "无代销小卖部", offers_sell_for: false,
    }, admin)
    operators.plain = await operatorOf(plain.station.id, "nodx-intake@stations.test")
    // Every test starts from here (support/boot.ts): with Chen's first intake, paid now, and the book before it.
    Object.assign(bookBefore, (await api.get("/stations/me/cash-book", operators.zzs)).data.cash_book)
    const recorded = await api.post("/stations/me/intakes", chestnuts(), operators.zzs)
    Object.assign(first, recorded.data.intake, { status: recorded.status })
  })

  it("offers the form the active sellers, and a seller's households by name and village only, and its products' grades", async () => {
    const { data } = await api.get("/stations/me/intake-sellers", operators.zzs)
    const names = data.sellers.map((s: any) => s.name)
    expect(names).toEqual(expect.arrayContaining(["chen-intake", "wang-intake"]))
    expect(names).not.toContain("pending-intake")
    const { data: options } = await api.get(`/stations/me/intake-sellers/${chen.id}`, operators.zzs)
    expect(options.members).toEqual([{ id: ids.chenMember, name: "程桂兰", village: "錾字石村" }])
    expect(JSON.stringify(options)).not.toMatch(/13907130002|421123|1234/)
    const product = options.products.find((p: any) => p.id === ids.chestnuts)
    expect(product.grades.map((g: any) => g.code)).toEqual(["special", "first", "second"])
    expect((await failure(api.get(`/stations/me/intake-sellers/${pending.id}`, operators.zzs))).status).toBe(404)
  })

  it("records an intake paid now: exact amount in fen, a receipt number, a lot of the seller's with the household, and cash paid out", async () => {
    const { status, ...intake } = first
    const data = { intake }
    expect(status).toBe(201)
    expect(data.intake).toMatchObject({
      seller: { id: chen.id, name: "chen-intake" }, household: { id: ids.chenMember, name: "程**" }, product: { id: ids.chestnuts },
      grade: { code: "first", name: "一级", name_en: "Grade 1" }, quantity_kg: "30.5", price_per_kg_fen: 1999, amount_fen: 60970, paid: "now",
    })
    expect(data.intake.receipt_number).toMatch(/^SL-ZZS-\d{8}-\d{3}$/)
    expect(JSON.stringify(data)).not.toMatch(/程桂兰|13907130002|421123/)
    const [row] = await intakeRows({ id: data.intake.id })
    expect([row.amount_fen, Number(row.quantity_kg), row.price_per_kg_fen, row.station_id, row.seller_id, row.member_id]).toEqual([60970, 30.5, 1999, ids.zzs, chen.id, ids.chenMember])
    // The buying seller has the produce as a lot, its household the supplier, ready to grade and receive into stock.
    const { data: lots } = await api.get("/vendors/me/lots", chen.auth)
    const lot = lots.lots.find((l: any) => l.id === data.intake.lot.id)
    expect(lot).toMatchObject({ code: data.intake.lot.code, quantity: "30.5", unit: "kg", kind: "harvest", origin: { town: "胜利镇", village: "錾字石村" } })
    expect(lot.households).toEqual([{ member_id: ids.chenMember, quantity: "30.5" }])
    // The household took ¥609.70 in cash: the station's book says so and holds that much less.
    const entries = await cashOf(data.intake.id)
    expect(entries.map((e: any) => [e.kind, Number(e.amount), e.station_id])).toEqual([["paid_out", 609.7, ids.zzs]])
    const { data: book } = await api.get("/stations/me/cash-book", operators.zzs)
    expect(book.cash_book.entries.filter((e: any) => e.kind === "paid_out").map((e: any) => e.amount)).toContain("609.70")
    expect(Number(book.cash_book.paid_out) - Number(bookBefore.paid_out)).toBeCloseTo(609.7, 2)
    expect(Number(book.cash_book.balance)).toBeCloseTo(Number(bookBefore.balance) - 609.7, 2)
  })

  it("records an intake paid on sale with the day's next receipt number and no cash", async () => {
    const { status, data } = await api.post("/stations/me/intakes", chestnuts({ quantity_kg: "0.001", price_per_kg_fen: 500, paid: "on_sale" }), operators.zzs)
    expect([status, data.intake.amount_fen, data.intake.paid]).toEqual([201, 1, "on_sale"])
    const next = Number(first.receipt_number.slice(-3)) + 1
    expect(data.intake.receipt_number).toBe(`${first.receipt_number.slice(0, -3)}${String(next).padStart(3, "0")}`)
    expect(await cashOf(data.intake.id)).toEqual([])
    const { data: today } = await api.get("/stations/me/intakes", operators.zzs)
    expect(today.intakes.map((i: any) => i.id)).toEqual([data.intake.id, first.id])
    expect((await api.get("/stations/me/intakes?date=2020-01-01", operators.zzs)).data.intakes).toEqual([])
  })

  it("shows each seller only the intakes bought for it, with its households named", async () => {
    const { data: wangIntake } = await api.post("/stations/me/intakes", chestnuts({ seller_id: wang.id, member_id: ids.wangMember, product_id: ids.poria, grade_code: "select-1", quantity_kg: "2", price_per_kg_fen: 4000 }), operators.bly)
    const { data: chens } = await api.get("/vendors/me/intakes", chen.auth)
    expect(chens.intakes.map((i: any) => [i.id, i.seller.id, i.household.name])).toEqual([[first.id, chen.id, "程桂兰"]])
    const { data: wangs } = await api.get("/vendors/me/intakes", wang.auth)
    expect(wangs.intakes.map((i: any) => [i.id, i.household.name, i.station.name, i.amount_fen])).toEqual([[wangIntake.intake.id, "王秀英", "板栗园村服务站", 8000]])
    expect((await failure(api.get("/vendors/me/intakes", operators.zzs))).status).toBe(401)
  })

  it("keeps a station's intakes and receipts from every other station", async () => {
    for (const path of [`/stations/me/intakes/${first.id}`, `/stations/me/intakes/${first.id}/receipt.pdf`]) {
      expect((await failure(api.get(path, operators.bly))).status).toBe(404)
    }
    const { data } = await api.get("/stations/me/intakes", operators.bly)
    expect(data.intakes.some((i: any) => i.id === first.id)).toBe(false)
    expect((await api.get(`/stations/me/intakes/${first.id}`, operators.zzs)).data.intake.receipt_number).toBe(first.receipt_number)
    expect((await failure(api.get(`/stations/me/intakes/${first.id}`, chen.auth))).status).toBe(401)
  })

  it("prints the household's receipt in Chinese with its number, weight, grade, price and amount", async () => {
    const response = await api.get(`/stations/me/intakes/${first.id}/receipt.pdf`, { ...operators.zzs, responseType: "arraybuffer" })
    expect(response.headers["content-type"]).toBe("application/pdf")
    const pdf = Buffer.from(response.data)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(pdf)
    for (const fact of [first.receipt_number, "代销收购单", "30.5", "一级", "¥19.99", "¥609.70", "现金已付清", "chen-intake", first.lot.code]) {
      expect(text).toContain(fact)
    }
    expect(text).not.toContain("程桂兰")
  })

  it("refuses another seller's household or product, an inactive seller and an unknown grade, and writes nothing", async () => {
    const [intakesBefore, lotsBefore] = [(await intakeRows()).length, (await lotModule().listLots({})).length]
    const cases: [object, RegExp][] = [
      [{ member_id: ids.wangMember }, /^member_id: /],
      [{ product_id: ids.poria }, /^product_id: /],
      [{ seller_id: pending.id }, /^seller_id: /],
      [{ grade_code: "gold" }, /^grade_code: must be a grade of the product's standard \(special, first, second\)/],
    ]
    for (const [change, message] of cases) {
      const refused = await failure(api.post("/stations/me/intakes", chestnuts(change), operators.zzs))
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(message)])
    }
    expect([(await intakeRows()).length, (await lotModule().listLots({})).length]).toEqual([intakesBefore, lotsBefore])
  })

  it("refuses bad input with a 400 naming the field: NUL bytes, negative, huge or fractional fen, bad kilograms", async () => {
    const before = (await intakeRows()).length
    const cases: [object, string][] = [
      [{ client_reference: "ref\u0000-12345678" }, "client_reference"],
      [{ grade_code: "fir\u0000st" }, "grade_code"],
      [{ price_per_kg_fen: -1 }, "price_per_kg_fen"],
      [{ price_per_kg_fen: 12.5 }, "price_per_kg_fen"],
      [{ price_per_kg_fen: 1e15 }, "price_per_kg_fen"],
      [{ price_per_kg_fen: "1999" }, "price_per_kg_fen"],
      [{ quantity_kg: "0" }, "quantity_kg"],
      [{ quantity_kg: "-3" }, "quantity_kg"],
      [{ quantity_kg: "2000.5" }, "quantity_kg"],
      [{ quantity_kg: "1.0001" }, "quantity_kg"],
      [{ quantity_kg: 30 }, "quantity_kg"],
      [{ paid: "later" }, "paid"],
      [{ seller_id: "sel_x" }, "seller_id"],
    ]
    for (const [change, field] of cases) {
      const refused = await failure(api.post("/stations/me/intakes", chestnuts(change), operators.zzs))
      expect([JSON.stringify(change), refused.status]).toEqual([JSON.stringify(change), 400])
      // Control characters are refused before the body's schema, which names the field.
      if (!JSON.stringify(change).includes("\\u0000")) expect(refused.data.message).toContain(field)
    }
    expect((await failure(api.post("/stations/me/intakes", { ...chestnuts(), station_id: ids.zzs }, operators.zzs))).status).toBe(400)
    expect((await failure(api.get("/stations/me/intakes?date=yesterday", operators.zzs))).status).toBe(400)
    expect((await failure(api.get("/stations/me/intakes/not-an-id", operators.zzs))).status).toBe(400)
    expect((await intakeRows()).length).toBe(before)
  })

  it("records one intake and pays out once for two identical POSTs at once, and refuses the reference reused for another", async () => {
    const body = chestnuts({ quantity_kg: "12", price_per_kg_fen: 2500 })
    const answers = await Promise.all([1, 2].map(() => api.post("/stations/me/intakes", body, operators.zzs)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201])
    expect(new Set(answers.map((a) => a.data.intake.id)).size).toBe(1)
    const rows = await intakeRows({ client_reference: body.client_reference })
    expect(rows.length).toBe(1)
    expect((await cashOf(rows[0].id)).map((e: any) => Number(e.amount))).toEqual([300])
    const lots = await lotModule().listLots({ id: answers[0].data.intake.lot.id })
    expect(lots.length).toBe(1)
    const reused = await failure(api.post("/stations/me/intakes", { ...body, quantity_kg: "13" }, operators.zzs))
    expect([reused.status, reused.data.message]).toEqual([409, expect.stringMatching(/^client_reference: .*quantity_kg/)])
  })

  it("refuses the intake routes to a station that does not sell for villagers", async () => {
    const before = (await intakeRows()).length
    for (const request of [
      () => api.post("/stations/me/intakes", chestnuts(), operators.plain),
      () => api.get("/stations/me/intakes", operators.plain),
      () => api.get("/stations/me/intake-sellers", operators.plain),
      () => api.get(`/stations/me/intakes/${first.id}/receipt.pdf`, operators.plain),
    ]) {
      const refused = await failure(request())
      expect([refused.status, refused.data.message]).toEqual([403, "station: SL-NODX does not offer selling for villagers (代销)"])
    }
    expect((await intakeRows()).length).toBe(before)
  })
}
