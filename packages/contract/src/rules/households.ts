import { z } from "zod"

// Buyers learn how many member households supplied a lot, never who. Fewer than five could point at a family in a
// small village, so below five the count itself stays hidden.
export const MIN_PUBLIC_HOUSEHOLDS = 5

/** The number of supplying households a buyer may see, or null when it is too small to show. */
export const publicHouseholdCount = (count: number): number | null => (count >= MIN_PUBLIC_HOUSEHOLDS ? count : null)

/** What a public aggregate shows for a group of households: its count, or "fewer_than_5" below five. */
export type PublicHouseholdGroup = number | "fewer_than_5"
export const publicHouseholdGroupSchema = z.union([z.number().int().min(MIN_PUBLIC_HOUSEHOLDS), z.literal("fewer_than_5")])

/** A count of households as any answer outside a seller's own API shows it (groups under five stay hidden). */
export function publicHouseholdGroup(count: number): PublicHouseholdGroup {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`Not a count of households: ${count}`)
  return count >= MIN_PUBLIC_HOUSEHOLDS ? count : "fewer_than_5"
}

/** How a hidden group reads, zh first. */
export const FEWER_THAN_FIVE = { zh: "不足5户", en: "fewer than 5" } as const
