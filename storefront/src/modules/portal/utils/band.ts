import { bandPosition, type Band, type BandPosition } from "@luotian/contract/rules"
import { centsToDecimal, toCents } from "../../../lib/util/money"

// The live check of a listing's price against its grade's band: the contract's rule, as the backend applies it.

export type BandCheck = { per: bigint; position: BandPosition }

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
  return cents === null ? null : bandPosition(centsToDecimal(cents, false), grams, band)
}

/** The price the backend takes: a JSON number with at most two decimals, from exact cents. */
export const priceForApi = (cents: bigint) => Number(centsToDecimal(cents, false))
