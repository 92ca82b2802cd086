import { fieldError, fieldPattern } from "./errors"

describe("backend errors placed next to their field", () => {
  const fields = ["price_cny", "grade", "tracking_number", "carrier", "sizes", "sizes.*.price_cny", "sizes.*.net_weight_g"]

  it("finds the field a validation message names", () => {
    expect(fieldError("Invalid body: tracking_number: must be 6–40 letters, digits or dashes", fields)).toEqual({
      field: "tracking_number",
      detail: "tracking_number: must be 6–40 letters, digits or dashes",
    })
    expect(fieldError("price_cny: ¥80.00 per kg is outside the band ¥20.00–¥60.00 per kg of 一级 Grade 1 (GB/T 22346-2023 v1)", fields).field).toBe("price_cny")
    expect(fieldError("Invalid body: grade: Required; price_cny: Required", fields).field).toBe("grade")
  })

  it("keeps the row of a pack size's field, and falls back to the list of sizes", () => {
    expect(fieldError("Invalid body: sizes.1.price_cny: ¥80.00 per kg is outside the band", fields)).toEqual({
      field: "sizes.1.price_cny",
      detail: "sizes.1.price_cny: ¥80.00 per kg is outside the band",
    })
    expect(fieldError("sizes.0.net_weight_g: Required", fields).field).toBe("sizes.0.net_weight_g")
    expect(fieldError("sizes.2.gtin: has a wrong check digit", fields).field).toBe("sizes")
    expect(fieldError("sizes: net weights must differ", fields).field).toBe("sizes")
    expect(fieldPattern("sizes.12.price_cny")).toBe("sizes.*.price_cny")
  })

  it("leaves a message without a known field to the form as a whole", () => {
    expect(fieldError("A suspended seller cannot change its data", fields)).toEqual({ field: null, detail: "A suspended seller cannot change its data" })
    expect(fieldError("Invalid body: station: Required", fields).field).toBeNull()
  })
})
