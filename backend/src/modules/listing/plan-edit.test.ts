import ListingModuleService from "./service"

// The standard in force for chestnuts, as the grading module answers it, and a seller's approved 2 kg listing.
const grade = (code: string, rank: number, min: string, max: string) =>
  ({ id: `grd_${code}`, code, name: code === "special" ? "特级" : "一级", name_en: code === "special" ? "Premium grade" : "Grade 1", rank, price_min: min, price_max: max, price_unit: "kg" as const })
const context = {
  category: "chestnut",
  names: [{ code: "fresh-chestnut", zh: "老树鲜板栗", en: "Old-tree fresh chestnuts" }],
  standard: { id: "gstd_1", code: "LT-CHESTNUT", version: 2, grades: [grade("special", 1, "30.00", "45.00"), grade("first", 2, "20.00", "32.00")] },
  inspection: { computed_grade: "special", inspected_at: "2026-11-01" },
}
const current = { name_code: "fresh-chestnut", grade_code: "special", net_weight_g: 2000, status: "approved", price_cny: 70 }
const service = (rereview_on?: string) => new ListingModuleService({} as any, { rereview_on })

describe("what a seller's edit does to its listing", () => {
  it("regrades under the standard in force, recomposes the name and sends the listing back to review", () => {
    const { regraded, resubmit } = service().planEdit(current, { grade: "first", price_cny: 60 }, context)
    expect(regraded).toEqual({
      listing: { grade_code: "first", grade_id: "grd_first", standard_id: "gstd_1", standard_version: 2 },
      title: "老树鲜板栗 · 一级 · 2kg",
      title_en: "Old-tree fresh chestnuts · Grade 1 · 2 kg",
    })
    expect(resubmit).toEqual(["grade"])
  })

  it("keeps an in-band price on sale, and sends an out-of-band one back (or refuses it when that is no trigger)", () => {
    expect(service().planEdit(current, { price_cny: 62 }, context).resubmit).toEqual([])
    expect(service().planEdit(current, { price_cny: 900 }, context).resubmit).toEqual(["price_band"])
    expect(() => service("grade").planEdit(current, { price_cny: 900 }, context)).toThrow(/^price_cny: ¥450.00 per kg is outside the band/)
    expect(service("price").planEdit(current, { price_cny: 62 }, context).resubmit).toEqual(["price"])
  })

  it("lets only the association publish a listing it has not approved", () => {
    expect(() => service().planEdit({ ...current, status: "rejected" }, { status: "published" }, context)).toThrow("status: the listing is rejected")
    expect(service().planEdit(current, { status: "published" }, context).resubmit).toEqual([])
  })
})
