import Link from "next/link"
import type { SellerSummary } from "@/lib/data/sellers"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { sellerPath } from "@/lib/util/paths"

/** Who sells a product: its type, town and village, and the way to its page. */
export function SellerCard({ seller, locale }: { seller: SellerSummary; locale: Locale }) {
  const t = dictionary(locale)
  const place = [pick(locale, seller.town, seller.town_en), seller.village && pick(locale, seller.village, seller.village_en)]
  return (
    <div className="seller-card">
      <p className="seller-card-name">
        <Link href={sellerPath(locale, seller.handle)}>{pick(locale, seller.name, seller.name_en)}</Link>
      </p>
      <p className="seller-card-meta">
        <span className="badge">{t.sellerTypes[seller.type] ?? seller.type}</span> {place.filter(Boolean).join(" · ")}
      </p>
    </div>
  )
}
