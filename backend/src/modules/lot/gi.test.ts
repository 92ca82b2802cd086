import { giFor } from "./gi"

const CHESTNUT_GI = { name: "罗田板栗", name_en: "Luotian chestnut", names: ["fresh-chestnut"], towns: ["胜利镇", "河铺镇"], grades: ["special", "first"] }
const metadata = { unified_names: [], geographical_indications: [CHESTNUT_GI] }
const line = { name_code: "fresh-chestnut", town: "胜利镇", grade_code: "special" }

describe("the GI mark on a lot's labels", () => {
  it("is the category's GI when the name, the lot's town and the listing's grade are all covered", () => {
    expect(giFor(metadata, line)).toEqual(CHESTNUT_GI)
    expect(giFor(metadata, { ...line, grade_code: "first" })).toEqual(CHESTNUT_GI)
  })

  it("is withheld outside the registered area, below the GI's grades, and for names the GI does not cover", () => {
    expect(giFor(metadata, { ...line, town: "凤山镇" })).toBeNull()
    expect(giFor(metadata, { ...line, grade_code: "second" })).toBeNull()
    expect(giFor(metadata, { ...line, name_code: "chestnut-kernels" })).toBeNull()
    expect(giFor(metadata, { ...line, name_code: null })).toBeNull()
  })

  it("is withheld where the association has set none, or set one malformed", () => {
    expect(giFor(null, line)).toBeNull()
    expect(giFor({ unified_names: [] }, line)).toBeNull()
    expect(giFor({ geographical_indications: "罗田板栗" }, line)).toBeNull()
    expect(giFor({ geographical_indications: [{ ...CHESTNUT_GI, towns: "胜利镇" }] }, line)).toBeNull()
  })
})
