import Link from "next/link"
import type { SellerProfile } from "@luotian/contract"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { sellerPath } from "@/lib/util/paths"

/** The cooperatives the county's households sell through, each with its town and the start of its story. */
export function FeaturedCooperatives({ cooperatives, locale }: { cooperatives: SellerProfile[]; locale: Locale }) {
  const t = dictionary(locale)
  return (
    <section aria-labelledby="cooperatives-title">
      <h2 id="cooperatives-title">{t.cooperativesTitle}</h2>
      <ul className="cooperative-list">
        {cooperatives.map((coop) => (
          <li key={coop.handle} className="cooperative">
            <h3>
              <Link href={sellerPath(locale, coop.handle)}>{pick(locale, coop.name, coop.name_en)}</Link>
            </h3>
            <p className="cooperative-meta">
              {pick(locale, coop.town, coop.town_en)}
              {` · ${t.seller.members} ${t.seller.memberCount(coop.member_count)}`}
            </p>
            {coop.story && <p>{pick(locale, coop.story, coop.story_en)}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
