import { parseTriggers } from "./service"

describe("what sends an approved listing back to review", () => {
  it("is a new grade or an out-of-band price unless configured", () => {
    expect(parseTriggers()).toEqual(["grade", "price_band"])
    expect(parseTriggers("grade, price ,description")).toEqual(["grade", "price", "description"])
    expect(parseTriggers("")).toEqual([])
  })

  it("refuses a trigger it does not know, naming it", () => {
    expect(() => parseTriggers("grade,colour")).toThrow("LISTING_REREVIEW_ON: unknown colour")
  })
})
