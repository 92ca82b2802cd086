import { computeGrade, holds, unmet } from "./compute"
import { criterionWords } from "./units"

// The chestnut grades as seeded: nuts per kg and defect limits, inclusive.
const GRADES = [
  { code: "second", rank: 3, criteria: [{ attribute: "nuts_per_kg", max: "145" }, { attribute: "shrivelled_split_pct", max: "6" }, { attribute: "mould_insect_pct", max: "1" }] },
  { code: "special", rank: 1, criteria: [{ attribute: "nuts_per_kg", max: "40" }, { attribute: "shrivelled_split_pct", max: "2" }, { attribute: "mould_insect_pct", max: "0" }] },
  { code: "first", rank: 2, criteria: [{ attribute: "nuts_per_kg", max: "120" }, { attribute: "shrivelled_split_pct", max: "2" }, { attribute: "mould_insect_pct", max: "0" }] },
]
const lot = (m: Record<string, number>) => ({ nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0, ...m })
const grade = (m: Record<string, number>) => computeGrade(GRADES, m)?.code ?? null

describe("computeGrade", () => {
  it("picks the highest grade whose criteria all hold, whatever order the grades come in", () => {
    expect(grade(lot({}))).toBe("special")
    expect(grade(lot({ nuts_per_kg: 96 }))).toBe("first")
    expect(grade(lot({ shrivelled_split_pct: 4.5, mould_insect_pct: 0.5 }))).toBe("second")
  })

  it("passes a lot exactly on a maximum and fails it just above", () => {
    expect(grade(lot({ nuts_per_kg: 40 }))).toBe("special")
    expect(grade(lot({ nuts_per_kg: 40.01 }))).toBe("first")
    expect(grade(lot({ nuts_per_kg: 120 }))).toBe("first")
    expect(grade(lot({ nuts_per_kg: 120.0001 }))).toBe("second")
    expect(grade(lot({ nuts_per_kg: 145 }))).toBe("second")
    expect(grade(lot({ nuts_per_kg: 146 }))).toBeNull()
    expect(grade(lot({ shrivelled_split_pct: 2 }))).toBe("special")
    expect(grade(lot({ shrivelled_split_pct: 2.000001 }))).toBe("second")
  })

  it("treats a zero maximum as none allowed", () => {
    expect(grade(lot({ mould_insect_pct: 0 }))).toBe("special")
    expect(grade(lot({ mould_insect_pct: 0.1 }))).toBe("second")
    expect(grade(lot({ mould_insect_pct: 1.1 }))).toBeNull()
  })

  it("passes a lot exactly on a minimum and fails it just below; both limits of a range are inclusive", () => {
    const fat = { attribute: "back_fat_cm", min: "0.8", max: "1.2" }
    expect([0.8, 1, 1.2].map((v) => holds(fat, { back_fat_cm: v }))).toEqual([true, true, true])
    expect([0.79, 1.21].map((v) => holds(fat, { back_fat_cm: v }))).toEqual([false, false])
    const goat = [
      { code: "prime", rank: 1, criteria: [{ attribute: "carcass_weight_kg", min: "25" }, fat] },
      { code: "choice", rank: 2, criteria: [{ attribute: "carcass_weight_kg", min: "22" }, { attribute: "back_fat_cm", min: "0.5", max: "1.2" }] },
    ]
    expect(computeGrade(goat, { carcass_weight_kg: 25, back_fat_cm: 0.8 })?.code).toBe("prime")
    expect(computeGrade(goat, { carcass_weight_kg: 24.99, back_fat_cm: 0.8 })?.code).toBe("choice")
    expect(computeGrade(goat, { carcass_weight_kg: 21.99, back_fat_cm: 0.8 })).toBeNull()
  })

  it("compares exact decimals: 0.1 + 0.2 is over a 0.3 limit, 7.0 % meets a 7.0 % limit", () => {
    expect(holds({ attribute: "x", max: "0.3" }, { x: 0.1 + 0.2 })).toBe(false)
    expect(holds({ attribute: "x", max: "0.3" }, { x: 0.3 })).toBe(true)
    expect(holds({ attribute: "moisture_pct", max: "7.0" }, { moisture_pct: 7 })).toBe(true)
    expect(holds({ attribute: "moisture_pct", max: { value: "7" } }, { moisture_pct: 7.0 })).toBe(true)
    expect(holds({ attribute: "score", min: 90 }, { score: 89.999 })).toBe(false)
  })

  it("fails a criterion whose attribute was not measured, or not as a number", () => {
    const { mould_insect_pct, ...missing } = lot({})
    expect(grade(missing)).toBeNull()
    expect(unmet(GRADES[1], missing)).toEqual(["mould_insect_pct"])
    expect(grade({ ...lot({}), nuts_per_kg: "38" as any })).toBeNull()
    expect(grade({ ...lot({}), nuts_per_kg: Number.NaN })).toBeNull()
    expect(grade({})).toBeNull()
  })

  it("gives no grade when none holds, and none from no grades", () => {
    expect(grade(lot({ nuts_per_kg: 200, shrivelled_split_pct: 9 }))).toBeNull()
    expect(computeGrade([], lot({}))).toBeNull()
  })

  it("lists what a lot falls short on, in the grade's order", () => {
    expect(unmet(GRADES[1], lot({ nuts_per_kg: 41, mould_insect_pct: 0.5 }))).toEqual(["nuts_per_kg", "mould_insect_pct"])
  })
})

describe("criterionWords", () => {
  it("says a criterion in plain Chinese and English", () => {
    expect(criterionWords({ label: "水分", label_en: "Moisture", unit: "%", min: null, max: "7.0" })).toEqual({ text: "水分 ≤ 7 %", text_en: "Moisture at most 7 %" })
    expect(criterionWords({ label: "每千克粒数", label_en: "Nuts", unit: "pcs/kg", min: null, max: "40" })).toEqual({ text: "每千克粒数 ≤ 40 粒/千克", text_en: "Nuts at most 40 per kg" })
    expect(criterionWords({ label: "胴体重", label_en: "Carcass weight", unit: "kg", min: "25", max: null })).toEqual({ text: "胴体重 ≥ 25 千克", text_en: "Carcass weight at least 25 kg" })
    expect(criterionWords({ label: "背膘厚", label_en: "Back fat", unit: "cm", min: "0.8", max: "1.2" })).toEqual({ text: "背膘厚 0.8–1.2 厘米", text_en: "Back fat 0.8–1.2 cm" })
    expect(criterionWords({ label: "霉烂果", label_en: "Mouldy nuts", unit: "%", min: null, max: "0" })).toEqual({ text: "霉烂果：不允许", text_en: "Mouldy nuts: none allowed" })
  })
})
