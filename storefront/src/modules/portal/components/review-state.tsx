import type { Listing } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { reviewState } from "../utils/listings"

/** The association's review of a listing, with its reason when rejected. */
export function ReviewState({ listing, locale }: { listing: Listing; locale: Locale }) {
  const t = portalDictionary(locale).listings
  const state = reviewState(listing)
  return (
    <>
      <span className={`state review-${state}`}>{t.reviewStates[state]}</span>
      {state === "rejected" && listing.listing?.reason && (
        <span className="reason">
          {t.reason}: {listing.listing.reason}
        </span>
      )}
    </>
  )
}
