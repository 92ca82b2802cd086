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
const current = { name_code: "fresh-chestnut", grade_code: "special", status: "approved", sizes: [{ net_weight_g: 2000, price_cny: 70 }, { net_weight_g: 5000, price_cny: 200 }] }
const price = (price_cny: number, net_weight_g = 2000, field = "sizes.0.price_cny") => ({ prices: [{ net_weight_g, price_cny, field }] })
const service = (rereview_on?: string) => new ListingModuleService({} as any, { rereview_on })

describe("what a seller's edit does to its listing", () => {
  it("regrades under the standard in force, recomposes the name and sends the listing back to review", () => {
    const { regraded, resubmit } = service().planEdit(current, { grade: "first", prices: [{ net_weight_g: 2000, price_cny: 60, field: "sizes.0.price_cny" }, { net_weight_g: 5000, price_cny: 150, field: "sizes.1.price_cny" }] }, context)
    expect(regraded).toEqual({
      listing: { grade_code: "first", grade_id: "grd_first", standard_id: "gstd_1", standard_version: 2 },
      title: "老树鲜板栗 · 一级",
      title_en: "Old-tree fresh chestnuts · Grade 1",
    })
    expect(resubmit).toEqual(["grade"])
  })

  it("checks every size against the new grade's band, naming the size that is outside", () => {
    // ¥200 for 5 kg is ¥40 per kg: in the premium band, above grade 1's ¥32.
    expect(() => service().planEdit(current, { grade: "first", ...price(60) }, context)).toThrow(/^sizes\.1\.price_cny: ¥40.00 per kg is outside the band/)
  })

  it("keeps an in-band price on sale, and sends an out-of-band one back (or refuses it when that is no trigger)", () => {
    expect(service().planEdit(current, price(62), context).resubmit).toEqual([])
    expect(service().planEdit(current, price(900), context).resubmit).toEqual(["price_band"])
    expect(() => service("grade").planEdit(current, price(900, 2000, "sizes.0.price_cny"), context)).toThrow(/^sizes\.0\.price_cny: ¥450.00 per kg is outside the band/)
    expect(service("price").planEdit(current, price(62), context).resubmit).toEqual(["price"])
    // A new 10 kg size at ¥9,000 is ¥900 per kg.
    expect(() => service("grade").planEdit(current, price(9000, 10000, "price_cny"), context)).toThrow(/^price_cny: ¥900.00 per kg/)
  })

  it("lets only the association publish a listing it has not approved", () => {
    expect(() => service().planEdit({ ...current, status: "rejected" }, { status: "published" }, context)).toThrow("status: the listing is rejected")
    expect(service().planEdit(current, { status: "published" }, context).resubmit).toEqual([])
  })
})
