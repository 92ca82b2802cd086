import type { Trace } from "@luotian/contract"
import Link from "next/link"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { jsonLdText } from "@/lib/util/structured-data"
import { productPath, sellerPath } from "@/lib/util/paths"
import { CertificateFacts } from "../components/certificate"
import { OriginMap } from "../components/origin-map"
import { traceDictionary } from "../dictionary"
import { traceJsonLd } from "../structured-data"
import { Fact } from "@/modules/layout/components/fact"
import "../trace.css"

function GradeFacts({ grade, locale }: { grade: NonNullable<Trace["grade"]>; locale: Locale }) {
  const t = traceDictionary(locale)
  return (
    <section aria-labelledby="trace-grade">
      <h2 id="trace-grade">
        {t.grade}: {pick(locale, grade.name, grade.name_en)}
      </h2>
      <p className="muted">
        {t.standard(grade.standard.code, grade.standard.version)} · {pick(locale, grade.standard.name, grade.standard.name_en)} · {t.inspectedAt}{" "}
        {grade.inspected_at.slice(0, 10)}
      </p>
      <table className="trace-criteria">
        <thead>
          <tr>
            <th scope="col">{t.criterion}</th>
            <th scope="col">{t.required}</th>
            <th scope="col">{t.measured}</th>
          </tr>
        </thead>
        <tbody>
          {grade.criteria.map((c) => (
            <tr key={c.attribute}>
              <th scope="row">{pick(locale, c.label, c.label_en)}</th>
              <td>{pick(locale, c.text, c.text_en)}</td>
              <td>{c.measured_text === null ? t.notMeasured : pick(locale, c.measured_text, c.measured_text_en)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** What a buyer sees on scanning a package's code: phone-first, one column. */
export function TracePage({ trace, locale }: { trace: Trace; locale: Locale }) {
  const t = traceDictionary(locale)
  const common = dictionary(locale)
  const title = pick(locale, trace.product.title, trace.product.title_en)
  const seller = pick(locale, trace.seller.name, trace.seller.name_en)
  const place = [trace.origin.town, trace.origin.village, trace.origin.base].filter(Boolean).join(" · ")
  return (
    <article className="trace-page" aria-labelledby="trace-title">
      {trace.withdrawn && (
        <div role="alert" className="trace-withdrawn">
          <strong>{t.withdrawnTitle}</strong>
          <p>{t.withdrawnText}</p>
          {trace.withdrawal && (
            <p>
              {t.withdrawnOn(trace.withdrawal.withdrawn_at.slice(0, 10))} · {t.withdrawnReason}: <span lang="zh-CN">{trace.withdrawal.reason}</span>
            </p>
          )}
        </div>
      )}
      <p className="eyebrow">{t.eyebrow}</p>
      <h1 id="trace-title">{title}</h1>
      <dl className="product-facts">
        <Fact term={t.lot}>{trace.lot}</Fact>
        {trace.product.size && <Fact term={t.size}>{trace.product.size}</Fact>}
        <Fact term={t.kinds[trace.kind]}>{trace.produced_on}</Fact>
        {trace.best_before && <Fact term={t.bestBefore}>{trace.best_before}</Fact>}
        {trace.storage && <Fact term={t.storage}>{trace.storage}</Fact>}
        <Fact term={t.origin}>
          <span lang="zh-CN">{place}</span>
        </Fact>
      </dl>
      <OriginMap town={trace.origin.town} village={trace.origin.village} locale={locale} />
      {trace.grade ? <GradeFacts grade={trace.grade} locale={locale} /> : <p className="notice">{t.ungraded}</p>}
      <section aria-labelledby="trace-seller">
        <h2 id="trace-seller">{t.seller}</h2>
        <p>
          <Link href={sellerPath(locale, trace.seller.handle)}>{seller}</Link> · {common.sellerTypes[trace.seller.type] ?? trace.seller.type}
          {` · ${t.sellerMembers(trace.seller.member_count)}`}
        </p>
        <p>{trace.households === null ? t.fewHouseholds : t.households(trace.households)}</p>
      </section>
      <section aria-labelledby="trace-certificate">
        <h2 id="trace-certificate">{t.certificate}</h2>
        <CertificateFacts certificates={trace.certificates} locale={locale} />
      </section>
      <p>
        {trace.product.on_sale && !trace.withdrawn ? (
          <Link className="trace-buy" href={productPath(locale, trace.product.handle)}>
            {t.buyAgain}
          </Link>
        ) : (
          <span className="muted">{t.notOnSale}</span>
        )}
      </p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(traceJsonLd(trace, title, seller, common.product.brand)) }} />
    </article>
  )
}
