import { largestRemainderShares, weightUnits } from "./shares"

describe("largest-remainder shares", () => {
  it("splits exactly pro rata when the parts are whole fen", () => {
    expect(largestRemainderShares(1000n, [1n, 3n])).toEqual([250n, 750n])
  })

  it("gives the fen left over to the largest remainders, so the shares sum to the whole", () => {
    // 100 / 3 = 33.33 each: one fen left, to the first of the equal remainders.
    expect(largestRemainderShares(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n])
    // 1001 × (2, 3, 5) / 10 = 200.2, 300.3, 500.5: the 0.5 gets the fen.
    expect(largestRemainderShares(1001n, [2n, 3n, 5n])).toEqual([200n, 300n, 501n])
  })

  it("always sums to the whole, for awkward weights", () => {
    for (const whole of [0n, 1n, 7n, 99_999n, 123_456_789_012n]) {
      const weights = weightUnits(["12.5", "0.333", "7", "0"])
      const shares = largestRemainderShares(whole, weights)
      expect(shares.reduce((a, b) => a + b, 0n)).toBe(whole)
      expect(shares[3]).toBe(0n)
    }
  })

  it("refuses a negative whole, negative weights and all-zero weights", () => {
    expect(() => largestRemainderShares(-1n, [1n])).toThrow("negative")
    expect(() => largestRemainderShares(1n, [-1n, 2n])).toThrow("negative")
    expect(() => largestRemainderShares(1n, [0n, 0n])).toThrow("positive")
  })

  it("puts decimal weights on one scale and refuses what is not a decimal", () => {
    expect(weightUnits(["12.5", "3", "0.25"])).toEqual([1250n, 300n, 25n])
    expect(() => weightUnits(["-1"])).toThrow("Not a non-negative")
    expect(() => weightUnits(["1e3"])).toThrow("Not a non-negative")
  })
})
