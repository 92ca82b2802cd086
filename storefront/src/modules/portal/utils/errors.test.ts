import { fieldError } from "./errors"

describe("backend errors placed next to their field", () => {
  const fields = ["price_cny", "grade", "tracking_number", "carrier"]

  it("finds the field a validation message names", () => {
    expect(fieldError("Invalid body: tracking_number: must be 6–40 letters, digits or dashes", fields)).toEqual({
      field: "tracking_number",
      detail: "tracking_number: must be 6–40 letters, digits or dashes",
    })
    expect(fieldError("price_cny: ¥80.00 per kg is outside the band ¥20.00–¥60.00 per kg of 一级 Grade 1 (GB/T 22346-2023 v1)", fields).field).toBe("price_cny")
    expect(fieldError("Invalid body: grade: Required; price_cny: Required", fields).field).toBe("grade")
  })

  it("leaves a message without a known field to the form as a whole", () => {
    expect(fieldError("A suspended seller cannot change its data", fields)).toEqual({ field: null, detail: "A suspended seller cannot change its data" })
    expect(fieldError("Invalid body: station: Required", fields).field).toBeNull()
  })
})
