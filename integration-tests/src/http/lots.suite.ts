import type { SuiteContext } from "../support/boot"
import { failure, MEMBER, registerSeller } from "../support/sellers"
import { adminHeaders } from "../support/store"

// A 特级 (special) chestnut listing in one 2 kg size with 10 packs in stock.
const LISTING = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 10 }] }
// Chestnut measurements that meet 特级 (≤ 40 nuts per kg) and only 一级 (≤ 120).
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
const FIRST = { ...SPECIAL, nuts_per_kg: 100 }
const ID_B = "421123197512120040"

export default function lotsSuite({ api, getContainer }: SuiteContext) {
  // A seller with one listing and two member households.
  const setUp = async (handle: string) => {
    const seller = await registerSeller(api, handle)
    const { data: listed } = await api.post("/vendors/me/products", LISTING, seller.auth)
    const member = async (body: object) => (await api.post("/vendors/me/members", { ...MEMBER, ...body }, seller.auth)).data.member.id as string
    const households = [await member({}), await member({ name: "王秀英", id_number: ID_B })]
    return { ...seller, product: listed.product, households }
  }
  const lot = (product_id: string, households: string[], overrides: Record<string, unknown> = {}) => ({
    product_id,
    kind: "harvest",
    produced_on: "2026-09-20",
    origin: { town: "胜利镇", village: "錾字石村", base: "老树林" },
    quantity: 120.5,
    unit: "kg",
    storage: "0–4 °C",
    best_before: "2026-12-20",
    inputs: ["有机肥 organic manure"],
    households: households.map((member_id, i) => ({ member_id, quantity: i ? 50.25 : 70 })),
    ...overrides,
  })
  const inspect = async (seller_id: string, code: string, measurements: object) =>
    (await api.post("/admin/inspections", { seller_id, category: "chestnut", lot: code, measurements }, await adminHeaders(api))).data.inspection.id as string

  it("records a lot with its households by member id, coded per seller, and shows it only to its seller", async () => {
    const a = await setUp("lot-owner")
    const { status, data } = await api.post("/vendors/me/lots", lot(a.product.id, a.households), a.auth)
    expect(status).toBe(201)
    expect(data.lot).toMatchObject({
      code: "LO-2026-0920-01",
      product: { id: a.product.id, title: "老树鲜板栗 · 特级" },
      kind: "harvest",
      produced_on: "2026-09-20",
      origin: { town: "胜利镇", village: "錾字石村", base: "老树林" },
      quantity: "120.5",
      remaining: "120.5",
      unit: "kg",
      best_before: "2026-12-20",
      status: "active",
      grade: null,
      households: expect.arrayContaining([{ member_id: a.households[0], quantity: "70" }, { member_id: a.households[1], quantity: "50.25" }]),
    })
    // No personal data of the households is copied into the lot.
    expect(JSON.stringify(data.lot)).not.toMatch(/程桂兰|王秀英|1234|13907130002/)
    // The next lot of the day gets the next number; a code given is kept, uppercased, once per seller.
    expect((await api.post("/vendors/me/lots", lot(a.product.id, []), a.auth)).data.lot.code).toBe("LO-2026-0920-02")
    expect((await api.post("/vendors/me/lots", lot(a.product.id, [], { code: "sl-2026-0412-03" }), a.auth)).data.lot.code).toBe("SL-2026-0412-03")
    const again = await failure(api.post("/vendors/me/lots", lot(a.product.id, [], { code: "SL-2026-0412-03" }), a.auth))
    expect([again.status, again.data.message]).toEqual([400, expect.stringContaining("code:")])

    const { data: own } = await api.get("/vendors/me/lots", a.auth)
    expect(own.lots.map((l: any) => l.code).sort()).toEqual(["LO-2026-0920-01", "LO-2026-0920-02", "SL-2026-0412-03"])
    expect((await api.get(`/vendors/me/lots/${data.lot.id}`, a.auth)).data.lot.id).toBe(data.lot.id)

    // Another seller may use the same code, and never sees, grades or stocks from this seller's lots.
    const b = await setUp("lot-other")
    expect((await api.post("/vendors/me/lots", lot(b.product.id, [], { code: "SL-2026-0412-03" }), b.auth)).status).toBe(201)
    expect((await api.get("/vendors/me/lots", b.auth)).data.lots.map((l: any) => l.code)).toEqual(["SL-2026-0412-03"])
    // Each request is sent when it is checked, so none fails unobserved.
    for (const call of [
      () => api.get(`/vendors/me/lots/${data.lot.id}`, b.auth),
      () => api.post(`/vendors/me/lots/${data.lot.id}/inspection`, { inspection_id: "insp_x" }, b.auth),
      () => api.post(`/vendors/me/lots/${data.lot.id}/receipts`, { variant_id: a.product.variants[0].id, packs: 1 }, b.auth),
      () => api.post(`/vendors/me/lots/${data.lot.id}/certificates`, { contact: "13907130009", commitments: ["no_banned_inputs", "intervals_observed", "residues_within_limits", "truthful"] }, b.auth),
    ]) {
      expect((await failure(call())).status).toBe(404)
    }
  })

  it("refuses lots that break the rules, naming the field", async () => {
    const a = await setUp("lot-rules")
    const b = await setUp("lot-rules-other")
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
    for (const [body, field] of [
      [lot(b.product.id, a.households), "product_id"],
      [lot(a.product.id, [a.households[0]!, b.households[0]!]), "households.1.member_id"],
      [lot(a.product.id, [a.households[0]!, a.households[0]!]), "households.1.member_id"],
      [lot(a.product.id, a.households, { quantity: 100 }), "households"],
      [lot(a.product.id, [], { unit: "unit", quantity: 10.5 }), "quantity"],
      [lot(a.product.id, [], { quantity: 1.0005 }), "quantity"],
      [lot(a.product.id, [], { quantity: 0 }), "quantity"],
      [lot(a.product.id, [], { best_before: "2026-09-01" }), "best_before"],
      [lot(a.product.id, [], { produced_on: tomorrow }), "produced_on"],
      [lot(a.product.id, [], { code: "SL/2026" }), "code"],
      [lot(a.product.id, [], { code: "A".repeat(21) }), "code"],
      [lot(a.product.id, [], { kind: "picking" }), "kind"],
      [lot(a.product.id, [], { status: "withdrawn" }), "status"],
      [lot(a.product.id, [], { inspection_id: "insp_none" }), "inspection_id"],
    ] as const) {
      const response = await failure(api.post("/vendors/me/lots", body, a.auth))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
    expect((await api.get("/vendors/me/lots", a.auth)).data.lots).toEqual([])
  })

  it("grades a lot by its inspection and lets a listing receive stock only from lots graded at least its own", async () => {
    const a = await setUp("lot-grades")
    const size = a.product.variants[0].id
    const create = async (code: string) => (await api.post("/vendors/me/lots", lot(a.product.id, a.households, { code }), a.auth)).data.lot
    const stock = async () => {
      const { data } = await api.get(`/vendors/me/products/${a.product.id}`, a.auth)
      return data.product.variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity
    }
    const receive = (id: string, packs: number) => failure(api.post(`/vendors/me/lots/${id}/receipts`, { variant_id: size, packs }, a.auth))

    // Ungraded: no stock.
    const first = await create("LG-FIRST")
    const ungraded = await receive(first.id, 1)
    expect([ungraded.status, ungraded.data.message]).toEqual([400, expect.stringMatching(/^lot: LG-FIRST is not graded.*only receives stock from lots graded at least/)])

    // An inspection of another lot, or another seller's, does not grade it.
    const other = await failure(api.post(`/vendors/me/lots/${first.id}/inspection`, { inspection_id: await inspect(a.id, "LG-ELSE", FIRST) }, a.auth))
    expect([other.status, other.data.message]).toEqual([400, expect.stringContaining("inspection_id: the inspection names lot LG-ELSE")])
    const b = await registerSeller(api, "lot-grades-other")
    const theirs = await failure(api.post(`/vendors/me/lots/${first.id}/inspection`, { inspection_id: await inspect(b.id, "LG-FIRST", SPECIAL) }, a.auth))
    expect([theirs.status, theirs.data.message]).toEqual([400, expect.stringContaining("inspection_id: none of your inspections")])

    // Graded 一级, below the listing's 特级: refused, naming the rule; the stock is as it was.
    const graded = await api.post(`/vendors/me/lots/${first.id}/inspection`, { inspection_id: await inspect(a.id, "LG-FIRST", FIRST) }, a.auth)
    expect(graded.data.lot.grade).toMatchObject({ code: "first", rank: 2 })
    const below = await receive(first.id, 1)
    expect([below.status, below.data.message]).toEqual([400, expect.stringMatching(/^lot: LG-FIRST is graded 一级.*a listing of 特级.*only receives stock from lots graded at least that/)])
    expect(await stock()).toBe(10)

    // Graded 特级: its packs join the size's stock, exactly what is taken off the lot.
    const special = await create("LG-SPECIAL")
    await api.post(`/vendors/me/lots/${special.id}/inspection`, { inspection_id: await inspect(a.id, "lg-special", SPECIAL) }, a.auth)
    const { status, data } = await api.post(`/vendors/me/lots/${special.id}/receipts`, { variant_id: size, packs: 25 }, a.auth)
    expect(status).toBe(201)
    expect(data.lot).toMatchObject({ grade: { code: "special" }, quantity: "120.5", remaining: "70.5", receipts: [{ variant_id: size, packs: 25, quantity: "50" }] })
    expect(await stock()).toBe(35)
    // More packs than are left (36 × 2 kg = 72 kg > 70.5 kg) are refused; 35 fit.
    const tooMany = await receive(special.id, 36)
    expect([tooMany.status, tooMany.data.message]).toEqual([400, expect.stringContaining("packs: 36 packs take 72 kg, more than the 70.5 kg left of lot LG-SPECIAL")])
    expect((await receive(special.id, 35)).status).toBe(200)
    expect(await stock()).toBe(70)
    // The lot keeps its inspection.
    const regrade = await failure(api.post(`/vendors/me/lots/${special.id}/inspection`, { inspection_id: await inspect(a.id, "LG-SPECIAL", FIRST) }, a.auth))
    expect([regrade.status, regrade.data.message]).toEqual([400, expect.stringContaining("already graded")])
  })

  it("offers the seller the association's inspections naming a lot that grade no lot yet, and only its own", async () => {
    const a = await setUp("lot-candidates")
    const { data } = await api.post("/vendors/me/lots", lot(a.product.id, a.households, { code: "LC-OFFERED" }), a.auth)
    const candidates = async (auth = a.auth) => (await api.get(`/vendors/me/lots/${data.lot.id}/inspections`, auth)).data.inspections
    expect(await candidates()).toEqual([])
    // One naming the lot (as the association typed it), one naming another lot: only the first is offered.
    const naming = await inspect(a.id, " lc-offered ", SPECIAL)
    await inspect(a.id, "LC-ELSEWHERE", SPECIAL)
    expect(await candidates()).toEqual([expect.objectContaining({ id: naming, lot: "lc-offered", computed_grade: "special", inspector: { name: expect.any(String) } })])
    const b = await registerSeller(api, "lot-candidates-other")
    expect((await failure(api.get(`/vendors/me/lots/${data.lot.id}/inspections`, b.auth))).status).toBe(404)
    // Once attached it grades this lot, and is offered no more.
    await api.post(`/vendors/me/lots/${data.lot.id}/inspection`, { inspection_id: naming }, a.auth)
    expect(await candidates()).toEqual([])
  })
}
