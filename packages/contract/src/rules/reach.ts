import { publicHouseholdGroup, type PublicHouseholdGroup } from "./households"
import { townNamed } from "./towns"

// A purchase's household reach: how many member households supplied what it bought, by town, and how many of them
// are registered-poor (建档立卡). Counts only, each through publicHouseholdGroup: a buyer never learns who.

/** A household that supplied a lot the purchase's packs come from, in the town of that lot. */
export type ReachSupplier = { member_id: string; poor_household: boolean; town: string }

export type PurchaseReachTown = { town: string; town_en: string; households: PublicHouseholdGroup }
export type PurchaseReach = { households: PublicHouseholdGroup; poor_households: PublicHouseholdGroup; towns: PurchaseReachTown[] }

const distinct = (suppliers: ReachSupplier[]) => new Set(suppliers.map((s) => s.member_id)).size

/**
 * The reach a buyer may read, or null when no household supplied the purchase. Towns with most households first.
 * When a single town is hidden (fewer than 5) beside a shown total, the smallest shown town is hidden too, so that the
 * hidden one cannot be had by subtracting the others from the total.
 */
export function purchaseReach(suppliers: ReachSupplier[]): PurchaseReach | null {
  if (!suppliers.length) return null
  const byTown = new Map<string, ReachSupplier[]>()
  for (const s of suppliers) byTown.set(s.town, [...(byTown.get(s.town) ?? []), s])
  const counted = [...byTown].map(([town, rows]) => ({ town, count: distinct(rows) }))
  counted.sort((a, b) => b.count - a.count || a.town.localeCompare(b.town))
  const towns: PurchaseReachTown[] = counted.map(({ town, count }) => ({ town, town_en: townNamed(town)?.name_en ?? town, households: publicHouseholdGroup(count) }))
  const total = publicHouseholdGroup(distinct(suppliers))
  const hidden = towns.filter((t) => t.households === "fewer_than_5").length
  if (total !== "fewer_than_5" && hidden === 1 && towns.length > 1) {
    const smallestShown = towns.filter((t) => t.households !== "fewer_than_5").at(-1)!
    smallestShown.households = "fewer_than_5"
  }
  return { households: total, poor_households: publicHouseholdGroup(distinct(suppliers.filter((s) => s.poor_household))), towns }
}
