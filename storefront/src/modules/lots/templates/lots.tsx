import type { Metadata } from "next"
import Link from "next/link"
import { portalSession } from "@/modules/portal/data"
import { pick, type Locale } from "@/lib/i18n/locales"
import { allocatedPacks, certificateInForce, sellerIntakes, sellerLots } from "../data"
import { IntakesPanel } from "../intakes-panel"
import { lotsDictionary } from "../dictionary"
import { Fact } from "@/modules/layout/components/fact"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: lotsDictionary((await params).locale).title, robots: { index: false } }
}

/** The seller's lots, newest first: what each is, how much is left and shipped, its grade and certificate. */
export default async function LotsPage({ params }: Props) {
  const { locale } = await params
  const session = await portalSession(locale, `/${locale}/portal/lots`)
  const [lots, intakes] = await Promise.all([sellerLots(session), sellerIntakes(session)])
  const t = lotsDictionary(locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <Link href={`/${locale}/portal/lots/new`} className="button-link">
          {t.add}
        </Link>
      </p>
      {!lots.length && <p>{t.none}</p>}
      <ul className="card-list">
        {lots.map((lot) => {
          const certificate = certificateInForce(lot)
          return (
            <li key={lot.id}>
              <article className="lot-card" aria-labelledby={`lot-${lot.id}`}>
                <h2 id={`lot-${lot.id}`}>
                  <Link href={`/${locale}/portal/lots/${encodeURIComponent(lot.id)}`} className="lot-code">
                    {lot.code}
                  </Link>
                  {lot.status === "withdrawn" && <span className="state state-withdrawn">{t.withdrawn}</span>}
                </h2>
                <p className="listing-title">{lot.product.title}</p>
                <dl className="facts">
                  <Fact term={t.produced[lot.kind]}>{lot.produced_on}</Fact>
                  <Fact term={t.grade}>{lot.grade ? pick(locale, lot.grade.name, lot.grade.name_en) : t.ungraded}</Fact>
                  <div>
                    <dt>{t.quantity}</dt>
                    <dd>
                      {lot.quantity} {t.unit[lot.unit]} · {t.remaining} {lot.remaining} {t.unit[lot.unit]}
                    </dd>
                  </div>
                  <Fact term={t.allocated}>{t.packs(allocatedPacks(lot))}</Fact>
                  <Fact term={t.certificate}>{certificate ? certificate.number : <span className="state state-missing">{t.noCertificate}</span>}</Fact>
                </dl>
              </article>
            </li>
          )
        })}
      </ul>
      <IntakesPanel intakes={intakes} locale={locale} />
    </>
  )
}
