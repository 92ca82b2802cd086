import type { PublicHouseholdGroup, PurchaseReach } from "@luotian/contract/rules"
import type { Locale } from "@/lib/i18n/locales"

// The confirmation's and the account's household reach line, in both languages: counts only, a hidden group
// (fewer than 5) said so.

const zhCount = (group: PublicHouseholdGroup) => (group === "fewer_than_5" ? "不足 5 户" : ` ${group} 户`)
const enCount = (group: PublicHouseholdGroup, noun = "households") => (group === "fewer_than_5" ? `fewer than 5 ${noun}` : `${group} ${group === 1 ? noun.replace(/s$/, "") : noun}`)
const enTown = (town: { town: string; town_en: string }) => `${town.town_en} ${town.town.endsWith("乡") ? "Township" : "Town"}`

/** The sentence, or null when no household supplied the purchase. */
export function reachSentence(reach: PurchaseReach | null, locale: Locale): string | null {
  if (!reach?.towns.length) return null
  const [first, ...others] = reach.towns
  if (locale === "en") {
    const where = others.length ? `${enTown(first!)} and ${others.length} other ${others.length === 1 ? "town" : "towns"}` : enTown(first!)
    return `This purchase brought income to ${enCount(reach.households)} in ${where}, ${reach.poor_households === "fewer_than_5" ? "fewer than 5" : reach.poor_households} of them registered-poor.`
  }
  return `这笔订单为${first!.town}${others.length ? "等" : ""}${zhCount(reach.households)}农户带来收入，其中${zhCount(reach.poor_households)}为建档立卡贫困户。`
}

/** Each town's count, when the purchase reached more than one. */
export function reachTowns(reach: PurchaseReach | null, locale: Locale): string[] {
  if (!reach || reach.towns.length < 2) return []
  return reach.towns.map((t) => (locale === "en" ? `${enTown(t)}: ${enCount(t.households)}` : `${t.town}${zhCount(t.households)}`))
}
