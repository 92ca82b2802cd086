// A whole split into shares pro rata to weights, in whole fen, by the largest-remainder method: each share is the
// floor of its exact part, and the fen left over go one each to the largest remainders (ties to the earlier weight),
// so the shares always add up to the whole exactly.

/** Decimal texts ("12.5", "3") as integers on one scale: 12.5 and 3 become 125n and 30n. */
export function weightUnits(values: string[]): bigint[] {
  const parts = values.map((value) => {
    const text = String(value).trim()
    if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`Not a non-negative decimal weight: ${value}`)
    const [whole, fraction = ""] = text.split(".")
    return { whole, fraction }
  })
  const places = Math.max(0, ...parts.map((p) => p.fraction.length))
  return parts.map((p) => BigInt(p.whole + p.fraction.padEnd(places, "0")))
}

/** `whole` (≥ 0) split pro rata to `weights` (≥ 0, not all 0): shares that sum to `whole`. */
export function largestRemainderShares(whole: bigint, weights: bigint[]): bigint[] {
  if (whole < 0n) throw new Error("The whole to share must not be negative")
  if (weights.some((w) => w < 0n)) throw new Error("Weights must not be negative")
  const sum = weights.reduce((a, b) => a + b, 0n)
  if (sum === 0n) throw new Error("At least one weight must be positive")
  const shares = weights.map((w) => (whole * w) / sum)
  let left = whole - shares.reduce((a, b) => a + b, 0n)
  const order = weights
    .map((w, i) => ({ i, remainder: (whole * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1))
  for (const { i } of order) {
    if (left === 0n) break
    shares[i] += 1n
    left -= 1n
  }
  return shares
}
