import { failureOf, paymentChoices, placedOrderId, priceChanged, stripeMethodOf, STATION_PROVIDER } from "./payment"

const STRIPE = ["pp_system_default", "pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"]

describe("payment choices", () => {
  it("offers the station only, without a Stripe key or without Stripe in the region", () => {
    expect(paymentChoices(STRIPE, undefined)).toEqual([{ provider_id: STATION_PROVIDER, method: "station" }])
    expect(paymentChoices(STRIPE, "")).toEqual([{ provider_id: STATION_PROVIDER, method: "station" }])
    expect(paymentChoices(["pp_system_default"], "pk_test_123")).toEqual([{ provider_id: STATION_PROVIDER, method: "station" }])
  })

  it("offers the station even when the region lists only Stripe", () => {
    expect(paymentChoices(["pp_stripe_stripe"], "pk_test_123").map((c) => c.method)).toEqual(["station", "card"])
  })

  it("adds card, Alipay and WeChat Pay where the region offers them and a key is set", () => {
    expect(paymentChoices(STRIPE, "pk_test_123")).toEqual([
      { provider_id: "pp_system_default", method: "station" },
      { provider_id: "pp_stripe_stripe", method: "card" },
      { provider_id: "pp_stripe-alipay_stripe", method: "alipay" },
      { provider_id: "pp_stripe-wechatpay_stripe", method: "wechat_pay" },
    ])
    expect(stripeMethodOf("pp_stripe-wechatpay_stripe")).toBe("wechat_pay")
    expect(stripeMethodOf(STATION_PROVIDER)).toBeNull()
  })
})

describe("what a failure means for the buyer", () => {
  const fetchError = (status: number, message: string) => Object.assign(new Error(message), { status })

  it.each([
    [new TypeError("fetch failed"), "unreachable"],
    [fetchError(503, "Service Unavailable"), "unreachable"],
    [fetchError(400, "Some variant does not have the required inventory"), "out_of_stock"],
    [fetchError(400, "Payment sessions are not authorized with the provider"), "declined"],
    [fetchError(400, "Payment collection has not been initiated for cart"), "failed"],
    [fetchError(500, "An unknown error occurred."), "failed"],
    [new Error("Cannot read properties of undefined"), "failed"],
  ])("%s → %s", (error, failure) => {
    expect(failureOf(error)).toBe(failure)
  })

  it("reads the order out of a completion", () => {
    expect(placedOrderId({ type: "order", order: { id: "order_1" } })).toBe("order_1")
    expect(placedOrderId({ type: "cart", error: { message: "declined" } })).toBeNull()
  })
})

describe("a changed price", () => {
  const seen = { total: 292, item_total: 268 }

  it("is caught when the goods cost other than shown, in exact cents", () => {
    expect(priceChanged(seen, { total: "292.00", item_total: "268.00" }, false)).toBe(false)
    expect(priceChanged(seen, { total: 292.01, item_total: 268.01 }, false)).toBe(true)
    expect(priceChanged(seen, { total: 302, item_total: 278 }, true)).toBe(true)
  })

  it("is not claimed for a delivery the buyer chose in the same submit", () => {
    expect(priceChanged({ total: 268, item_total: 268 }, { total: 280, item_total: 268 }, true)).toBe(false)
    expect(priceChanged({ total: 268, item_total: 268 }, { total: 280, item_total: 268 }, false)).toBe(true)
  })
})
