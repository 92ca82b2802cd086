import ListingModuleService, { parseTriggers } from "./service"

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

describe("a change of photos", () => {
  const service = (rereview_on?: string) => new ListingModuleService({} as any, { rereview_on })

  it("leaves an approved listing on sale unless the association made photos a trigger", () => {
    expect(service().photoChangeResubmits("approved")).toBe(false)
    expect(service("grade,price_band,photos").photoChangeResubmits("approved")).toBe(true)
  })

  it("resubmits a rejected listing, and leaves a pending one waiting", () => {
    expect(service().photoChangeResubmits("rejected")).toBe(true)
    expect(service("photos").photoChangeResubmits("pending")).toBe(false)
  })
})
