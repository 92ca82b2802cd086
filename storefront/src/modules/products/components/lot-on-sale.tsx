import type { LotOnSale as Lot } from "@luotian/contract"
import Link from "next/link"
import type { Locale } from "@/lib/i18n/locales"
import { traceDictionary } from "@/modules/trace/dictionary"
import { Fact } from "@/modules/layout/components/fact"

const WORDS = {
  "zh-CN": { title: "本批次", lead: "现在下单，发出的是这一批：", trace: "查看本批次溯源", certificate: "承诺达标合格证" },
  en: { title: "This lot", lead: "Order now and your package comes from this lot:", trace: "Trace this lot", certificate: "Compliance certificate" },
}

/** The lot the next package ships from (first-expiring first): when and where it was made, its certificate, its trace page. */
export function LotOnSale({ lot, locale }: { lot: Lot; locale: Locale }) {
  const w = WORDS[locale]
  const t = traceDictionary(locale)
  const origin = [lot.origin.town, lot.origin.village].filter(Boolean).join(" ")
  return (
    <section aria-labelledby="lot-on-sale-title" className="lot-on-sale">
      <h2 id="lot-on-sale-title">{w.title}</h2>
      <p>{w.lead}</p>
      <dl className="lot-facts">
        <Fact term={t.lot}>{lot.code}</Fact>
        <Fact term={t.kinds[lot.kind]}>{lot.produced_on}</Fact>
        <Fact term={t.origin} lang="zh-CN">{origin}</Fact>
        {lot.best_before && (
          <Fact term={t.bestBefore}>{lot.best_before}</Fact>
        )}
        <div>
          <dt>{w.certificate}</dt>
          <dd>
            {lot.certificate ? (
              <>
                {lot.certificate.number} · <span lang="zh-CN">{lot.certificate.producer_name}</span> · {lot.certificate.issued_at.slice(0, 10)}
                {lot.certificate.basis.length > 0 && ` · ${lot.certificate.basis.map((b) => t.bases[b] ?? b).join(locale === "en" ? ", " : "、")}`}
              </>
            ) : (
              t.noCertificate
            )}
          </dd>
        </div>
      </dl>
      {lot.trace_path && (
        <p>
          <Link href={`/${locale}${lot.trace_path}`}>{w.trace}</Link>
        </p>
      )}
    </section>
  )
}
