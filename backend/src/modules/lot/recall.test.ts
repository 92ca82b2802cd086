import { packsLeft, withdrawnPacks } from "./recall"

describe("packsLeft", () => {
  it("counts each size's packs received, less those shipped, plus those returned", () => {
    const receipts = [{ id: "r1", variant_id: "2kg", packs: 5 }, { id: "r2", variant_id: "2kg", packs: 3 }, { id: "r3", variant_id: "1kg", packs: 4 }]
    const shipped = [{ receipt_id: "r1", packs: 5, returned: 1 }, { receipt_id: "r2", packs: 2, returned: 0 }, { receipt_id: "r3", packs: 4, returned: 0 }]
    expect(packsLeft(receipts, shipped)).toEqual(new Map([["2kg", 2], ["1kg", 0]]))
    expect(packsLeft(receipts, [])).toEqual(new Map([["2kg", 8], ["1kg", 4]]))
  })
})

describe("withdrawnPacks", () => {
  const m = (entries: [string, number][]) => new Map(entries)

  it("takes what the withdrawn lot still holds off the stock", () => {
    expect(withdrawnPacks(m([["2kg", 3]]), m([["2kg", 4]]), m([["2kg", 7]]))).toEqual(m([["2kg", 3]]))
  })

  it("never takes the stock below what the other lots hold, and leaves out sizes that lose nothing", () => {
    // The seller already took 2 off by hand: only 1 of the lot's 3 is still in stock beside the other lot's 4.
    expect(withdrawnPacks(m([["2kg", 3]]), m([["2kg", 4]]), m([["2kg", 5]]))).toEqual(m([["2kg", 1]]))
    expect(withdrawnPacks(m([["2kg", 3], ["1kg", 0]]), m([["2kg", 4]]), m([["2kg", 3], ["1kg", 9]]))).toEqual(m([]))
  })
})
