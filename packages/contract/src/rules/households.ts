// Buyers learn how many member households supplied a lot, never who. Fewer than five could point at a family in a
// small village, so below five the count itself stays hidden.
export const MIN_PUBLIC_HOUSEHOLDS = 5

/** The number of supplying households a buyer may see, or null when it is too small to show. */
export const publicHouseholdCount = (count: number): number | null => (count >= MIN_PUBLIC_HOUSEHOLDS ? count : null)
