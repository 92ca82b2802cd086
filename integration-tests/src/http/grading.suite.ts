import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { latestInspection } from "../../../backend/src/modules/grading/current"
import { claimedGrades } from "../../../backend/src/scripts/seed-data/grading"
import { versionStandardWorkflow } from "../../../backend/src/workflows/grading/version-standard"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, storeHeaders } from "../support/store"

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
// A standard's grades as an edit sends them: what the API shows, without ids and words.
const editable = (grades: any[]) =>
  grades.map(({ id, rank, criteria, ...grade }: any) => ({
    ...grade,
    criteria: criteria.map(({ text, text_en, ...c }: any) => c),
  }))

export default function gradingSuite({ api, getContainer }: SuiteContext) {
  let admin: { headers: Record<string, string> }
  let adminUser: { id: string; email: string }
  let store: { headers: Record<string, string> }
  const standards = async (params = "") => (await api.get(`/admin/grade-standards${params}`, admin)).data.grade_standards
  const inspect = (body: object) => api.post("/admin/inspections", body, admin)
  const audit = async (params: string) => (await api.get(`/admin/audit?${params}`, admin)).data

  beforeAll(async () => {
    admin = await adminHeaders(api)
    adminUser = (await api.get("/admin/users/me", admin)).data.user
    store = await storeHeaders(getContainer())
  })

  it("seeds one current standard per category, with ordered grades, criteria and price bands", async () => {
    const current = await standards("?status=current")
    expect(current.map((s: any) => [s.category, s.code, s.version, s.status])).toEqual([
      ["black-goat", "LTBA-002", 1, "current"],
      ["chestnut", "GB/T 22346-2023", 1, "current"],
      ["herbs", "LTBA-003", 1, "current"],
      ["tea", "GB/T 14456.1-2017", 1, "current"],
    ])
    const chestnut = current.find((s: any) => s.category === "chestnut")
    expect(chestnut).toMatchObject({ lineage: "chestnut-grades", effective_from: "2023-10-01", name: expect.stringContaining("LTBA-001") })
    expect(chestnut.grades.map((g: any) => [g.rank, g.code, g.name, g.name_en, g.price_min, g.price_max, g.price_unit])).toEqual([
      [1, "special", "特级", "Premium grade", "30.00", "100.00", "kg"],
      [2, "first", "一级", "Grade 1", "20.00", "60.00", "kg"],
      [3, "second", "二级", "Grade 2", "12.00", "30.00", "kg"],
    ])
    expect(chestnut.grades[0].criteria).toEqual([
      { attribute: "nuts_per_kg", label: "每千克粒数", label_en: "Nuts", unit: "pcs/kg", min: null, max: "40", text: "每千克粒数 ≤ 40 粒/千克", text_en: "Nuts at most 40 per kg" },
      expect.objectContaining({ attribute: "shrivelled_split_pct", max: "2" }),
      expect.objectContaining({ attribute: "mould_insect_pct", max: "0", text: "霉烂与虫蛀果：不允许", text_en: "Mouldy and insect-damaged nuts: none allowed" }),
    ])
    const goat = current.find((s: any) => s.category === "black-goat")
    expect(goat.grades[0].criteria).toContainEqual(expect.objectContaining({ attribute: "back_fat_cm", min: "0.8", max: "1.2", text_en: "Back fat at the 6th rib 0.8–1.2 cm" }))
    const herbs = current.find((s: any) => s.category === "herbs")
    expect(herbs.grades.map((g: any) => [g.code, g.name])).toEqual([["select-1", "选货一等"], ["select-2", "选货二等"], ["bulk", "统货"]])
    const tea = current.find((s: any) => s.category === "tea")
    expect(tea.grades[0].criteria).toContainEqual(expect.objectContaining({ attribute: "moisture_pct", max: "7", text: "水分 ≤ 7 %" }))
    expect(tea.grades[0].criteria).toContainEqual(expect.objectContaining({ attribute: "sensory_score", min: "90", unit: "points" }))

    // Buyers read the same standards in force, without the association's bookkeeping.
    const { data } = await api.get("/store/grade-standards?category=tea", store)
    expect(data.grade_standards).toHaveLength(1)
    expect(data.grade_standards[0]).toEqual({
      id: tea.id, category: "tea", code: tea.code, name: tea.name, name_en: tea.name_en, version: 1, effective_from: tea.effective_from, grades: tea.grades,
    })
    expect((await api.get("/store/grade-standards", store)).data.count).toBe(4)
    expect((await failure(api.get("/store/grade-standards?category=Tea!", store))).data.message).toContain("category")
  })

  it("seeds an inspection for every seller and category, supporting the grades its products claim", async () => {
    const { data } = await api.get("/admin/inspections?limit=200", admin)
    const claims = claimedGrades()
    // Each seeded lot has an inspection of its own besides (seed.spec.ts): the sellers' are named SEED-….
    const inspections = data.inspections.filter((i: any) => i.lot.startsWith("SEED-"))
    expect(inspections).toHaveLength(claims.length)
    const { data: sellers } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["id", "handle"] })
    const handleOf = new Map(sellers.map((s: any) => [s.id, s.handle]))
    expect(inspections.map((i: any) => [handleOf.get(i.seller_id), i.category, i.computed_grade]).sort()).toEqual(
      claims.map((c) => [c.seller, c.category, c.grade]).sort()
    )
    expect(inspections[0]).toMatchObject({ standard: { version: 1 }, inspector: { id: "seed", name: expect.stringContaining("质检") } })
  })

  it("keeps the association's routes from anyone else: 401 without a login and for a seller", async () => {
    const seller = await registerSeller(api, "grading-outsider")
    const [standard] = await standards("?category=tea")
    const routes: [string, string, object?][] = [
      ["get", "/admin/grade-standards"],
      ["get", `/admin/grade-standards/${standard.id}`],
      ["post", `/admin/grade-standards/${standard.id}`, { name: "改" }],
      ["get", "/admin/inspections"],
      ["post", "/admin/inspections", { seller_id: seller.id, category: "tea", lot: "x", measurements: { sensory_score: 99 } }],
      ["get", "/admin/audit"],
    ]
    for (const [method, url, body] of routes) {
      const call = (auth: object) => (method === "get" ? api.get(url, auth) : api.post(url, body, auth))
      expect([url, (await failure(call({}))).status]).toEqual([url, 401])
      expect([url, (await failure(call(seller.auth))).status]).toEqual([url, 401])
    }
    expect((await standards("?category=tea"))[0].version).toBe(1)
  })

  it("refuses an invalid edit with a 400 naming the field, and changes nothing", async () => {
    const [chestnut] = await standards("?category=chestnut")
    const grades = editable(chestnut.grades)
    const withGrade = (i: number, change: object) => ({ grades: grades.map((g, j) => (j === i ? { ...g, ...change } : g)) })
    const withCriterion = (change: object) => withGrade(0, { criteria: [{ ...grades[0].criteria[0], ...change }, ...grades[0].criteria.slice(1)] })
    for (const [body, field] of [
      [withGrade(1, { price_min: "70.00", price_max: "60.00" }), "grades.1.price_min"],
      [withGrade(0, { price_max: "100.005" }), "grades.0.price_max"],
      [withGrade(0, { price_min: -1 }), "grades.0.price_min"],
      [withGrade(1, { code: "special" }), "grades.1.code"],
      [withGrade(1, { rank: 3 }), "grades.1.rank"],
      [withGrade(2, { criteria: [] }), "grades.2.criteria"],
      [withCriterion({ min: "50", max: "40" }), "grades.0.criteria.0.min"],
      [withCriterion({ min: null, max: null }), "grades.0.criteria.0.min"],
      [withCriterion({ unit: "jin" }), "grades.0.criteria.0.unit"],
      [withCriterion({ max: "forty" }), "grades.0.criteria.0.max"],
      [withGrade(0, { criteria: [grades[0].criteria[0], grades[0].criteria[0]] }), "grades.0.criteria.1.attribute"],
      [{ effective_from: "2026-02-30" }, "effective_from"],
      [{ effective_from: "2020-01-01" }, "effective_from"],
      [{ grades: [] }, "grades"],
      [{ category: "tea" }, "category"],
      [{}, "give at least one"],
    ] as const) {
      const response = await failure(api.post(`/admin/grade-standards/${chestnut.id}`, body, admin))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
    expect((await failure(api.post("/admin/grade-standards/gstd_missing", { name: "x" }, admin))).status).toBe(404)
    expect((await failure(api.get("/admin/grade-standards/gstd_missing", admin))).status).toBe(404)
    expect((await failure(api.get("/admin/grade-standards?status=old", admin))).data.message).toContain("status")
    expect((await standards("?category=chestnut")).map((s: any) => [s.version, s.status])).toEqual([[1, "current"]])
    expect((await audit("action=standard.versioned")).count).toBe(0)
  })

  it("edits a standard into a new version; the old version stays readable, superseded; both are audited", async () => {
    const [v1] = await standards("?category=chestnut")
    const grades = editable(v1.grades)
    grades[0] = { ...grades[0], price_max: 110.5, criteria: [{ ...grades[0].criteria[0], max: 42 }, ...grades[0].criteria.slice(1)] }
    const started = new Date().toISOString()
    const { data } = await api.post(`/admin/grade-standards/${v1.id}`, { effective_from: "2025-09-01", grades }, admin)
    const v2 = data.grade_standard
    expect(data.superseded).toEqual({ id: v1.id, version: 1, status: "superseded" })
    expect(v2).toMatchObject({ lineage: v1.lineage, category: "chestnut", code: v1.code, version: 2, status: "current", effective_from: "2025-09-01" })
    expect(v2.id).not.toBe(v1.id)
    expect(v2.grades[0]).toMatchObject({ code: "special", price_max: "110.50", criteria: [expect.objectContaining({ max: "42" }), expect.anything(), expect.anything()] })

    // Version 1 is still there as it was, for the listings and inspections graded under it.
    const { data: old } = await api.get(`/admin/grade-standards/${v1.id}`, admin)
    expect(old.grade_standard).toEqual({ ...v1, status: "superseded" })
    expect((await standards("?category=chestnut")).map((s: any) => [s.version, s.status])).toEqual([[2, "current"], [1, "superseded"]])
    expect((await standards("?category=chestnut&status=superseded")).map((s: any) => s.id)).toEqual([v1.id])
    const { data: seeded } = await api.get("/admin/inspections?category=chestnut", admin)
    expect(seeded.inspections.every((i: any) => i.standard.id === v1.id && i.standard.version === 1)).toBe(true)
    const { data: forBuyers } = await api.get("/store/grade-standards?category=chestnut", store)
    expect(forBuyers.grade_standards.map((s: any) => [s.id, s.version])).toEqual([[v2.id, 2]])

    // Only the current version can be edited.
    const stale = await failure(api.post(`/admin/grade-standards/${v1.id}`, { name: "旧版" }, admin))
    expect([stale.status, stale.data.message]).toEqual([400, expect.stringContaining(`superseded by v2 (${v2.id})`)])

    // An edit of the name alone carries the grades over unchanged, effective today.
    const { data: renamed } = await api.post(`/admin/grade-standards/${v2.id}`, { name_en: "Chestnut grades, Luotian" }, admin)
    expect(renamed.grade_standard).toMatchObject({ version: 3, name: v1.name, name_en: "Chestnut grades, Luotian", effective_from: today() })
    expect(editable(renamed.grade_standard.grades)).toEqual(editable(v2.grades))

    // The audit log has both edits, newest first: who, when, the version before and the version after.
    const log = await audit("action=standard.versioned&subject_type=grade_standard&subject_id=chestnut-grades")
    expect(log.count).toBe(2)
    const [third, second] = log.audit_entries
    expect(second).toMatchObject({
      action: "standard.versioned",
      subject_type: "grade_standard",
      subject_id: "chestnut-grades",
      actor_type: "user",
      actor_id: adminUser.id,
      actor: { type: "user", id: adminUser.id, email: adminUser.email, name: expect.stringContaining("协会") },
      before: { id: v1.id, version: 1, status: "current", grades: v1.grades },
      after: { id: v2.id, version: 2, grades: v2.grades },
    })
    expect(third).toMatchObject({ before: { id: v2.id, version: 2 }, after: { id: renamed.grade_standard.id, version: 3 } })
    expect(Date.parse(second.created_at)).toBeGreaterThanOrEqual(Date.parse(started))
    expect(Date.parse(third.created_at)).toBeGreaterThanOrEqual(Date.parse(second.created_at))
    expect((await audit(`action=standard.versioned&to=${encodeURIComponent(started)}`)).count).toBe(0)
    expect((await audit("action=standard.created&actor_id=seed")).count).toBe(4)
  })

  it("undoes the new version when the edit's workflow fails after writing it", async () => {
    const [current] = await standards("?category=herbs")
    // No actor: the audit entry cannot be written, so the workflow compensates the version it wrote.
    const { errors } = await versionStandardWorkflow(getContainer()).run({
      input: { id: current.id, changes: { name: "不会生效" }, actor_type: "user", actor_id: undefined as any },
      throwOnError: false,
    })
    expect(errors.map((e: any) => e.action)).toEqual(["record-audit"])
    expect(await standards("?category=herbs")).toEqual([current])
    expect((await audit("subject_id=herbs-grades&action=standard.versioned")).count).toBe(0)
  })

  it("grades an inspection from its measurements, limits included, and keeps the latest", async () => {
    const seller = await registerSeller(api, "grading-goat-farm")
    const goat = (m: Record<string, number>) => ({ carcass_weight_kg: 25, back_fat_cm: 0.8, age_months: 24, ...m })
    const graded = async (category: string, measurements: Record<string, number>) => {
      const { status, data } = await inspect({ seller_id: seller.id, category, lot: `LOT-${Math.random()}`, measurements })
      expect(status).toBe(201)
      return data
    }
    for (const [measurements, grade] of [
      [goat({}), "prime"], // every prime limit exactly
      [goat({ back_fat_cm: 1.2 }), "prime"],
      [goat({ carcass_weight_kg: 24.99 }), "choice"],
      [goat({ back_fat_cm: 0.79 }), "choice"],
      [goat({ age_months: 24.5 }), "choice"],
      [goat({ carcass_weight_kg: 22, back_fat_cm: 0.5, age_months: 36 }), "choice"],
      [goat({ carcass_weight_kg: 21.9 }), "good"],
      [goat({ carcass_weight_kg: 19, back_fat_cm: 0.3, age_months: 48 }), "good"],
      [goat({ carcass_weight_kg: 18.99 }), null],
      [goat({ back_fat_cm: 1.21 }), null],
    ] as const) {
      expect([measurements, (await graded("black-goat", measurements)).inspection.computed_grade]).toEqual([measurements, grade])
    }
    const tea = { sensory_score: 90, moisture_pct: 7.0, total_ash_pct: 6.5, water_extract_pct: 38, crude_fibre_pct: 12 }
    expect((await graded("tea", tea)).inspection.computed_grade).toBe("special")
    expect((await graded("tea", { ...tea, sensory_score: 89.9 })).inspection.computed_grade).toBe("first")
    const wet = await graded("tea", { ...tea, moisture_pct: 7.01 })
    expect(wet.inspection.computed_grade).toBeNull()
    expect(wet.checks).toEqual([
      { code: "special", name: "特级", name_en: "Premium grade", holds: false, unmet: ["moisture_pct"] },
      { code: "first", name: "一级", name_en: "Grade 1", holds: false, unmet: ["moisture_pct"] },
      { code: "second", name: "二级", name_en: "Grade 2", holds: false, unmet: ["moisture_pct"] },
    ])
    // A criterion whose attribute was not measured fails.
    const { sensory_score, ...unscored } = tea
    const missing = await graded("tea", unscored)
    expect(missing.inspection.computed_grade).toBeNull()
    expect(missing.checks[2].unmet).toEqual(["sensory_score"])

    // The stored inspection: the standard it was graded under, who inspected, when.
    const { data: named } = await inspect({
      seller_id: seller.id, category: "black-goat", lot: "SLF-2026-11-A", measurements: goat({}),
      inspected_at: "2026-11-20T09:30:00+08:00", inspector_name: "县畜牧兽医局 王检",
    })
    const [goatStandard] = await standards("?category=black-goat")
    expect(named.inspection).toMatchObject({
      seller_id: seller.id, category: "black-goat", lot: "SLF-2026-11-A", measurements: goat({}), computed_grade: "prime",
      standard: { id: goatStandard.id, code: "LTBA-002", version: 1 },
      inspector: { id: adminUser.id, name: "县畜牧兽医局 王检" },
      inspected_at: "2026-11-20T01:30:00.000Z",
    })
    expect(named.grade).toMatchObject({ code: "prime", name: "特等", price_min: "130.00" })
    const { data: list } = await api.get(`/admin/inspections?seller_id=${seller.id}&category=black-goat`, admin)
    expect(list.count).toBe(11)
    // Newest inspection first: the one dated 20 November comes after today's.
    expect(list.inspections[0].computed_grade).toBeNull()
    expect(list.inspections.at(-1).id).toBe(named.inspection.id)
    expect(list.inspections[0].inspector.name).toBe("罗田县电子商务协会 Brand association")

    const latest = await latestInspection(getContainer().resolve(ContainerRegistrationKeys.QUERY), seller.id, "black-goat")
    expect(latest).toMatchObject({ id: list.inspections[0].id, computed_grade: null })
    expect(await latestInspection(getContainer().resolve(ContainerRegistrationKeys.QUERY), seller.id, "herbs")).toBeUndefined()
  })

  it("refuses an invalid inspection with a 400 naming the field", async () => {
    const seller = await registerSeller(api, "grading-tea-garden")
    const valid = { seller_id: seller.id, category: "tea", lot: "T-1", measurements: { sensory_score: 91 } }
    for (const [body, field] of [
      [{ ...valid, measurements: { sensory_score: 91, marbling: 3 } }, "measurements.marbling"],
      [{ ...valid, measurements: { sensory_score: "91" } }, "measurements.sensory_score"],
      [{ ...valid, measurements: {} }, "measurements"],
      [{ ...valid, seller_id: "sel_nobody" }, "seller_id"],
      [{ ...valid, category: "persimmon" }, "category"],
      [{ ...valid, lot: "" }, "lot"],
      [{ ...valid, inspected_at: "2999-01-01T00:00:00Z" }, "inspected_at"],
      [{ ...valid, inspected_at: "last tuesday" }, "inspected_at"],
      [{ ...valid, grade: "special" }, "grade"],
    ] as const) {
      const response = await failure(inspect(body))
      expect([field, response.status]).toEqual([field, 400])
      expect(response.data.message).toContain(field)
    }
    expect((await api.get(`/admin/inspections?seller_id=${seller.id}`, admin)).data.count).toBe(0)
    expect((await failure(api.get("/admin/inspections?limit=0", admin))).data.message).toContain("limit")
  })

  it("audits inspections on the seller, with the grade before and after, filterable by action, subject and time", async () => {
    const seller = await registerSeller(api, "grading-chestnut-grove")
    const started = new Date().toISOString()
    const lot = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }
    const first = (await inspect({ seller_id: seller.id, category: "chestnut", lot: "C-1", measurements: lot })).data.inspection
    const second = (await inspect({ seller_id: seller.id, category: "chestnut", lot: "C-2", measurements: { ...lot, nuts_per_kg: 150 } })).data.inspection
    expect([first.computed_grade, second.computed_grade]).toEqual(["special", null])

    const log = await audit(`action=inspection.recorded&subject_type=seller&subject_id=${seller.id}`)
    expect(log.audit_entries.map((e: any) => e.after.id)).toEqual([second.id, first.id])
    expect(log.audit_entries[1]).toMatchObject({ before: null, after: { computed_grade: "special", lot: "C-1", measurements: lot } })
    expect(log.audit_entries[0]).toMatchObject({
      actor: { type: "user", id: adminUser.id, email: adminUser.email },
      before: { category: "chestnut", id: first.id, computed_grade: "special" },
      after: { category: "chestnut", id: second.id, computed_grade: null, standard: { code: "GB/T 22346-2023" }, inspector: { id: adminUser.id } },
    })
    // The seller's whole history: approved, then inspected twice; and each page of it in turn.
    const history = await audit(`subject_type=seller&subject_id=${seller.id}`)
    expect(history.audit_entries.map((e: any) => e.action)).toEqual(["inspection.recorded", "inspection.recorded", "seller.approved"])
    const page = await audit(`subject_id=${seller.id}&limit=1&offset=1`)
    expect([page.count, page.audit_entries.map((e: any) => e.after.id)]).toEqual([3, [first.id]])
    expect((await audit(`from=${encodeURIComponent(started)}&subject_id=${seller.id}`)).count).toBe(2)
    expect((await audit(`actor_id=${adminUser.id}&action=inspection.recorded&from=${encodeURIComponent(started)}`)).count).toBe(2)

    for (const [params, field] of [
      ["from=yesterday", "from"],
      ["from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from"],
      ["action=approve everything", "action"],
      ["limit=1000", "limit"],
      ["who=me", "who"],
    ]) {
      const response = await failure(api.get(`/admin/audit?${params}`, admin))
      expect([params, response.status]).toEqual([params, 400])
      expect(response.data.message).toContain(field)
    }
  })
}
