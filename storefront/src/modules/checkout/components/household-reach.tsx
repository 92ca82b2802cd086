import type { PurchaseReach } from "@luotian/contract/rules"
import type { Locale } from "@/lib/i18n/locales"
import { reachSentence, reachTowns } from "../reach-text"
import "../checkout.css"

/** "This purchase brought income to N households in …": the confirmation's and the account's line, counts only. */
export function HouseholdReach({ reach, locale }: { reach: PurchaseReach | null; locale: Locale }) {
  const sentence = reachSentence(reach, locale)
  if (!sentence) return null
  const towns = reachTowns(reach, locale)
  return (
    <section className="household-reach" data-testid="household-reach">
      <p>{sentence}</p>
      {towns.length > 0 && (
        <ul>
          {towns.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
