"use client"
import type { Band } from "@luotian/contract/rules"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny, formatCnyCents } from "@/lib/util/money"
import { portalDictionary } from "../dictionary"
import { checkBand } from "../utils/band"

/** The grade's band, and where a size's typed price falls in it, read out as it changes. */
export function BandHint({ id, locale, band, price, grams }: { id: string; locale: Locale; band?: Band; price: string; grams: number | null }) {
  const f = portalDictionary(locale).listingForm
  if (!band) return null
  const per = f.per[band.price_unit]
  const check = checkBand(price, grams, band)
  const perText = check && `${formatCnyCents(check.per, locale)} / ${per}`
  const outside = check && check.position !== "inside"
  return (
    <div id={id} className={outside ? "band band-outside" : "band"} aria-live="polite">
      <p>{f.band(`${formatCny(band.price_min, locale)}–${formatCny(band.price_max, locale)} / ${per}`)}</p>
      <p role={outside ? "alert" : undefined}>
        {!check ? f.bandWaiting : check.position === "below" ? f.bandBelow(perText!) : check.position === "above" ? f.bandAbove(perText!) : f.bandInside(perText!)}
      </p>
    </div>
  )
}
