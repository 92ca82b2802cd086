import { centsText, divideHalfUp, toCents, type Amount } from "./money"

// A listing's price against its grade's price band: per kg from the net weight, or per unit where weight does not
// apply; both limits inclusive; exact to the fen. The backend refuses a price outside it; the portal shows it live.

export type PriceUnit = "kg" | "unit"
export type Band = { price_min: Amount; price_max: Amount; price_unit: PriceUnit }
export type BandPosition = "below" | "inside" | "above"

/** The price per kg (or per unit) in fen, rounded half up; null when a per-kg price has no usable weight. */
export function unitPriceCents(price: Amount, grams: number | null | undefined, unit: PriceUnit): bigint | null {
  const cents = toCents(price)
  if (unit === "unit") return cents
  if (!grams || !Number.isFinite(grams) || grams <= 0) return null
  const whole = BigInt(Math.round(grams))
  return whole > 0n ? divideHalfUp(cents * 1000n, whole) : null
}

/** The same as the API writes it ("70.00"), or null. */
export function unitPrice(price: Amount, grams: number | null | undefined, unit: PriceUnit): string | null {
  const per = unitPriceCents(price, grams, unit)
  return per === null ? null : centsText(per)
}

/** Where the price per kg (or unit) falls against the band; null while the weight of a per-kg band is missing. */
export function bandPosition(price: Amount, grams: number | null | undefined, band: Band): { per: bigint; position: BandPosition } | null {
  const per = unitPriceCents(price, grams, band.price_unit)
  if (per === null) return null
  const position = per < toCents(band.price_min) ? "below" : per > toCents(band.price_max) ? "above" : "inside"
  return { per, position }
}

/** undefined when the price lies in the band, otherwise why not, in the words the API's 400 names the field with. */
export function outsideBand(price: Amount, grams: number | null | undefined, band: Band): string | undefined {
  const check = bandPosition(price, grams, band)
  if (check?.position === "inside") return undefined
  const unit = band.price_unit
  const limits = `¥${centsText(toCents(band.price_min))}–¥${centsText(toCents(band.price_max))} per ${unit}`
  return check ? `¥${centsText(check.per)} per ${unit} is outside the band ${limits}` : `a price per kg needs the net weight (band ${limits})`
}
