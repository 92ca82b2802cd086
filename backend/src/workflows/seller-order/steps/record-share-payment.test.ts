import { paymentState, shareCaptureId, shareTransaction } from "./record-share-payment"

describe("share payments", () => {
  it("keeps a capture positive and a refund negative, referenced by kind and id", () => {
    const capture = { kind: "capture" as const, order_id: "a", currency_code: "cny", amount: "152", reference_id: shareCaptureId("a") }
    expect(shareTransaction(capture)).toEqual({ order_id: "a", currency_code: "cny", amount: "152", reference: "capture", reference_id: "capture:a" })
    expect(shareTransaction({ ...capture, kind: "refund", amount: "139.5", reference_id: "ref_1" })).toEqual({
      order_id: "a", currency_code: "cny", amount: "-139.5", reference: "refund", reference_id: "ref_1",
    })
  })

  it("reads captured, refunded and paid from the recorded payments, exactly", () => {
    expect(paymentState([])).toEqual({ captured: "0", refunded: "0", paid: "0" })
    const raw = { value: "0.1", precision: 20 }
    expect(paymentState([{ amount: "152" }, { amount: raw }, { amount: 0.2 }, { amount: "-10.3" }])).toEqual({
      captured: "152.3", refunded: "10.3", paid: "142",
    })
  })
})
