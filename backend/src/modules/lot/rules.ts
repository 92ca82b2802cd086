import { MathBN } from "@medusajs/framework/utils"

// Pure rules of lots: codes, households' shares, packs and grades. Quantities are exact decimals, never floats.

export type Amount = number | string | { value: string | number }
export type LotUnit = "kg" | "unit"

/** A lot code as GS1's AI 10 allows it and a label prints it: 1–20 of A–Z, 0–9 and "-", starting alphanumeric. */
export const LOT_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/

/** The seller's lot prefix: the initials of its handle's words (at most 4), e.g. sanli-chestnut-coop → SCC. */
export function lotPrefix(handle: string): string {
  const initials = handle.split(/[^a-z0-9]+/i).filter(Boolean).map((word) => word[0]!.toUpperCase()).join("")
  return initials.slice(0, 4) || "LT"
}

/** The next free code of a seller's lots of one day: PREFIX-YYYY-MMDD-NN, NN counting from 01. */
export function nextLotCode(prefix: string, day: Date, taken: string[]): string {
  const iso = day.toISOString()
  const stem = `${prefix}-${iso.slice(0, 4)}-${iso.slice(5, 7)}${iso.slice(8, 10)}`
  const used = new Set(taken)
  for (let n = 1; ; n++) {
    const code = `${stem}-${String(n).padStart(2, "0")}`
    if (!used.has(code)) return code
  }
}

/**
 * Why the households' shares do not fit the lot, or null: each household at most once, and together no more than
 * the lot (the seller's own base may supply the rest). Names the field at fault.
 */
export function suppliesProblem(quantity: Amount, supplies: { member_id: string; quantity: Amount }[]): string | null {
  const seen = new Set<string>()
  for (const [i, supply] of supplies.entries()) {
    if (seen.has(supply.member_id)) return `households.${i}.member_id: this household is already listed`
    seen.add(supply.member_id)
  }
  const total = supplies.reduce((sum, s) => MathBN.add(sum, s.quantity as any), MathBN.convert(0))
  if (MathBN.gt(total, quantity as any)) {
    return `households: together ${total.toString()} is more than the lot's quantity ${MathBN.convert(quantity as any).toString()}`
  }
  return null
}

/** How much of a lot a number of packs takes, in the lot's unit: net grams × packs in kg, or the packs themselves. */
export function packsQuantity(unit: LotUnit, net_weight_g: number, packs: number) {
  return unit === "kg" ? MathBN.div(MathBN.mult(net_weight_g, packs), 1000) : MathBN.convert(packs)
}

/** What remains of a lot once its receipts are taken off. */
export function remaining(quantity: Amount, received: Amount[]) {
  return MathBN.sub(quantity as any, MathBN.sum(0, ...(received as any[])))
}

/**
 * Whether a lot graded `lotRank` may stock a listing of grade `listingRank` (rank 1 is the best): only a lot graded
 * at least as high. An ungraded lot (no inspection, or one that met no grade) stocks nothing.
 */
export function gradeAllows(lotRank: number | null | undefined, listingRank: number): boolean {
  return typeof lotRank === "number" && lotRank <= listingRank
}
