// Money moves in fen (cents) as integers, read from the amount's exact decimal text: never float arithmetic, so the
// backend, the storefront and the admin round alike (half away from zero, as bignumber.js's ROUND_HALF_UP).

/** An amount as JSON or a form carries it: 68, "68.5", "1380.00". */
export type Amount = number | string

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

/** The amount's decimal digits and where its point stands (a number as its shortest text: 0.1 + 0.2 is 0.30000000000000004). */
function decimalOf(amount: Amount) {
  const match = typeof amount === "number" && !Number.isFinite(amount) ? null : DECIMAL.exec(String(amount).trim())
  if (!match || !(match[2] || match[3])) throw new Error(`Not a money amount: ${amount}`)
  const [, sign, whole = "", fraction = "", exponent = "0"] = match
  return { negative: sign === "-", digits: whole + fraction, point: whole.length + Number(exponent) }
}

/** An amount in whole fen, rounded half up past the fen: "0.005" is 1n, "-0.005" is -1n. */
export function toCents(amount: Amount): bigint {
  const { negative, digits, point } = decimalOf(amount)
  const end = point + 2
  const kept = end > 0 ? BigInt(digits.padEnd(end, "0").slice(0, end)) : 0n
  const next = end >= 0 ? (digits[end] ?? "0") : "0"
  const cents = kept + (next >= "5" ? 1n : 0n)
  return negative ? -cents : cents
}

/** Fen as the API writes money: 13300n → "133.00". */
export function centsText(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents
  return `${cents < 0n ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`
}

/** An amount to the fen, as the API writes it: 133 → "133.00", "0.125" → "0.13". */
export const fen = (amount: Amount) => centsText(toCents(amount))

/** numerator / denominator rounded half away from zero (denominator > 0). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n
  return (sign * (sign * numerator * 2n + denominator)) / (denominator * 2n)
}
