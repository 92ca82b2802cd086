import { money, parseFeeRate, returnedFee, saleFee } from "./money"

describe("settlement money", () => {
  it("charges the fee on a sale to the fen, half up", () => {
    expect(money(saleFee("133", "0.05"))).toBe("6.65")
    expect(money(saleFee("0.1", "0.05"))).toBe("0.01")
    expect(money(saleFee("0.09", "0.05"))).toBe("0.00")
  })

  it("gives back the fee on what is refunded, all that is left with the last refund", () => {
    const sale = { amount: "100", fee: "3.33", fee_rate: "0.0333" }
    const none = { refunds: 0, feeReturned: 0 }
    expect(money(returnedFee(sale, none, "50"))).toBe("1.67")
    expect(money(returnedFee(sale, { refunds: "50", feeReturned: "1.67" }, "50"))).toBe("1.66")
  })

  it("refuses refunds beyond the gross", () => {
    const sale = { amount: "100", fee: "5", fee_rate: "0.05" }
    expect(() => returnedFee(sale, { refunds: "60", feeReturned: "3" }, "40.01")).toThrow(
      "Refunds (100.01) would exceed the order's gross (100.00)"
    )
  })

  it("reads the fee rate as a decimal below 1", () => {
    expect(parseFeeRate("0.050")).toBe("0.05")
    expect(() => parseFeeRate("1")).toThrow("PLATFORM_FEE_RATE")
    expect(() => parseFeeRate("5%")).toThrow("PLATFORM_FEE_RATE")
  })
})
