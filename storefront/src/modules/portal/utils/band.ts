import { centsToDecimal, pricePerKgCents, toCents } from "../../../lib/util/money"

// The live check of a listing's price against its grade's band, as the backend makes it
// (src/lib/listing/band.ts): per kg from the net weight, or per unit; both limits inclusive; exact to the fen.

export type Band = { price_min: string; price_max: string; price_unit: "kg" | "unit" }
export type BandCheck = { per: bigint; position: "below" | "inside" | "above" }

/** A price as a seller types it ("70", "70.5", "1,380.00" is not): exact cents, null unless positive with at most two decimals. */
export function parsePrice(text: string): bigint | null {
  const trimmed = text.trim()
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return null
  const cents = toCents(trimmed)
  return cents > 0n ? cents : null
}

/** A net weight in whole grams, 1 g to 100 kg as the backend accepts; null otherwise. */
export function parseGrams(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,6}$/.test(trimmed)) return null
  const grams = Number(trimmed)
  return grams >= 1 && grams <= 100_000 ? grams : null
}

/** The price per kg (or per unit) against the band; null while the price or, for a per-kg band, the weight is incomplete. */
export function checkBand(price: string, grams: number | null, band: Band): BandCheck | null {
  const cents = parsePrice(price)
  if (cents === null) return null
  const per = band.price_unit === "kg" ? pricePerKgCents(centsToDecimal(cents, false), grams) : cents
  if (per === null) return null
  const position = per < toCents(band.price_min) ? "below" : per > toCents(band.price_max) ? "above" : "inside"
  return { per, position }
}

/** The price the backend takes: a JSON number with at most two decimals, from exact cents. */
export const priceForApi = (cents: bigint) => Number(centsToDecimal(cents, false))
