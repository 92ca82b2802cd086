import type { Metadata } from "next"
import Link from "next/link"
import { listing, members, portalSession, sellerOrders } from "@/modules/portal/data"
import { ActionForm, type FieldSpec } from "@/modules/portal/components/action-form"
import { portalDictionary } from "@/modules/portal/dictionary"
import { sizeLabel, sizesOf } from "@/modules/portal/utils/listings"
import { Notice } from "@/modules/layout/components/notice"
import { pick, type Locale } from "@/lib/i18n/locales"
import { attachInspection, issueCertificate, receiveLot } from "../actions"
import { allocatedPacks, certificateInForce, lotInspections, sellerLot, type SellerLot } from "../data"
import { lotsDictionary, type LotsDictionary } from "../dictionary"
import { RecallPanel } from "../recall-panel"
import { Fact } from "@/modules/layout/components/fact"

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: lotsDictionary((await params).locale).title, robots: { index: false } }
}

const DONE = { created: null, graded: "inspection", received: "receipt", certified: "certificates" } as const

/** One lot: its facts and households, then each step in order: grade it, receive it, certify it, print its labels, see where it went. */
export default async function LotPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  const { done } = await searchParams
  const session = await portalSession(locale, `/${locale}/portal/lots/${encodeURIComponent(id)}`)
  const lot = await sellerLot(session, id)
  const [product, inspections, orders, households] = await Promise.all([listing(session, lot.product.id), lotInspections(session, id), sellerOrders(session), members(session)])
  const t = lotsDictionary(locale)
  const p = portalDictionary(locale)
  const forms = { sending: p.sending, serverWords: p.errors.server }
  const sizes = sizesOf(product)
  const sizeOf = new Map(sizes.map((size) => [size.variant_id, sizeLabel(size)]))
  const nameOf = new Map(households.map((member) => [member.id, member.name]))
  const displayOf = new Map(orders.map((order) => [order.id, order.display_id]))
  const certificate = certificateInForce(lot)
  const doneSection = done && done in DONE ? DONE[done as keyof typeof DONE] : undefined
  return (
    <>
      <h1 className="lot-code">{lot.code}</h1>
      <p>
        <Link href={`/${locale}/portal/lots`}>{t.back}</Link>
      </p>
      {done === "created" && <Notice>{t.form.title} ✓</Notice>}
      {doneSection && <Notice>{t[doneSection].done}</Notice>}
      <LotFacts lot={lot} t={t} locale={locale} title={pick(locale, product.title, product.metadata.title_en)} nameOf={nameOf} />
      <RecallPanel session={session} lot={lot} />

      <section className="portal-panel" aria-labelledby="lot-inspection">
        <h2 id="lot-inspection">{t.inspection.title}</h2>
        {lot.inspection ? (
          <p>{lot.grade ? t.inspection.graded(pick(locale, lot.grade.name, lot.grade.name_en), lot.inspection.inspected_at.slice(0, 10)) : t.inspection.gradedNone}</p>
        ) : inspections.length ? (
          inspections.map((inspection) => (
            <div key={inspection.id}>
              <p>
                {inspection.inspected_at.slice(0, 10)} · {t.inspection.by} {inspection.inspector.name} · {inspection.computed_grade ?? t.ungraded}
              </p>
              <ActionForm action={attachInspection.bind(null, locale, lot.id)} hidden={{ inspection_id: inspection.id }} fields={[]} submit={t.inspection.attach} {...forms} />
            </div>
          ))
        ) : (
          <p>{t.inspection.none}</p>
        )}
      </section>

      <section className="portal-panel" aria-labelledby="lot-receipt">
        <h2 id="lot-receipt">{t.receipt.title}</h2>
        <p className="hint">{t.receipt.intro}</p>
        {lot.receipts.length > 0 && (
          <ul className="link-list" aria-label={t.receipt.list}>
            {lot.receipts.map((r) => (
              <li key={r.id}>
                {r.created_at.slice(0, 10)} · {sizeOf.get(r.variant_id) ?? r.variant_id} × {t.packs(r.packs)}
              </li>
            ))}
          </ul>
        )}
        {lot.status === "active" && (
          <ActionForm
            action={receiveLot.bind(null, locale, lot.id)}
            label={t.receipt.title}
            fields={[
              { name: "variant_id", label: t.receipt.size, type: "select", options: sizes.map((s) => ({ value: s.variant_id, label: sizeLabel(s) })) },
              { name: "packs", label: t.receipt.packs, type: "number", inputMode: "numeric", required: true },
            ]}
            submit={t.receipt.submit}
            {...forms}
          />
        )}
      </section>

      <section className="portal-panel" aria-labelledby="lot-certificate">
        <h2 id="lot-certificate">{t.certificates.title}</h2>
        <p className="hint">{t.certificates.intro}</p>
        <ul className="link-list">
          {lot.certificates.map((c) => (
            <li key={c.id}>
              {t.certificates.number} {c.number} · {t.certificates.issued} {c.issued_at.slice(0, 10)}
              {c.supersedes && ` · ${t.certificates.superseded(c.supersedes)}`}
              {c.in_force && <span className="state state-shipped">{t.certificates.inForce}</span>}
            </li>
          ))}
        </ul>
        <ActionForm
          action={issueCertificate.bind(null, locale, lot.id, certificate?.id ?? null)}
          label={certificate ? t.certificates.correct : t.certificates.issue}
          fields={certificateFields(t, !!certificate, certificate?.producer_contact)}
          submit={certificate ? t.certificates.correct : t.certificates.issue}
          {...forms}
        />
      </section>

      <section className="portal-panel" aria-labelledby="lot-labels">
        <h2 id="lot-labels">{t.labels.title}</h2>
        <p className="hint">{t.labels.intro}</p>
        {certificate && lot.status === "active" ? (
          // A plain GET form: the PDF comes through the portal's own route with the seller's login.
          <form action={`/${locale}/portal/lots/${encodeURIComponent(lot.id)}/labels.pdf`} method="get" className="portal-form">
            <div className="field">
              <label htmlFor="labels-size">{t.labels.size}</label>
              <select id="labels-size" name="variant_id" defaultValue={lot.receipts[0]?.variant_id ?? sizes[0]?.variant_id}>
                {sizes.map((s) => (
                  <option key={s.variant_id} value={s.variant_id}>
                    {sizeLabel(s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="labels-count">{t.labels.count}</label>
              <input id="labels-count" name="count" type="number" inputMode="numeric" min={1} max={200} defaultValue={8} />
            </div>
            <button type="submit">{t.labels.print}</button>
          </form>
        ) : (
          <p>{lot.status === "active" ? t.labels.needCertificate : t.withdrawn}</p>
        )}
      </section>

      <section className="portal-panel" aria-labelledby="lot-allocation">
        <h2 id="lot-allocation">{t.allocation.title}</h2>
        <p className="hint">{t.allocation.intro}</p>
        {lot.allocations.length ? (
          <ul className="order-lines">
            {lot.allocations.map((a) => (
              <li key={`${a.line_item_id}-${a.receipt_id}`}>
                <Link href={`/${locale}/portal/orders/${encodeURIComponent(a.order_id)}`}>
                  {t.allocation.order} #{displayOf.get(a.order_id) ?? "—"}
                </Link>
                <span>
                  {sizeOf.get(a.variant_id) ?? ""} × {t.packs(a.packs)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.allocation.none}</p>
        )}
      </section>
    </>
  )
}

function certificateFields(t: LotsDictionary, correction: boolean, contact?: string): FieldSpec[] {
  const c = t.certificates
  return [
    ...(correction ? [{ name: "reason", label: c.reason, required: true, maxLength: 200 } as FieldSpec] : []),
    { name: "contact", label: c.contact, type: "tel", inputMode: "tel", required: true, maxLength: 20, value: contact ?? "" },
    ...Object.entries(c.commitment).map(([key, label]): FieldSpec => ({ name: `commitment_${key}`, label: `${c.commitments}：${label}`, type: "checkbox" })),
    ...Object.entries(c.bases).map(([key, label]): FieldSpec => ({ name: `basis_${key}`, label: `${c.basis}：${label}`, type: "checkbox" })),
  ]
}

type FactsProps = { lot: SellerLot; t: LotsDictionary; locale: Locale; title: string; nameOf: Map<string, string> }

/** What the lot is: product, date, origin, quantities, grade, households (by name: the seller's own members). */
function LotFacts({ lot, t, locale, title, nameOf }: FactsProps) {
  const origin = [lot.origin.town, lot.origin.village, lot.origin.base].filter(Boolean).join(" ")
  return (
    <dl className="facts">
      <Fact term={t.product}>{title}</Fact>
      <Fact term={t.status}>{lot.status === "withdrawn" ? <span className="state state-withdrawn">{t.withdrawn}</span> : t.active}</Fact>
      <Fact term={t.produced[lot.kind]}>{lot.produced_on}</Fact>
      <Fact term={t.origin}>{origin}</Fact>
      <Fact term={t.grade}>{lot.grade ? pick(locale, lot.grade.name, lot.grade.name_en) : t.ungraded}</Fact>
      <div>
        <dt>{t.quantity}</dt>
        <dd>
          {lot.quantity} {t.unit[lot.unit]} · {t.remaining} {lot.remaining} {t.unit[lot.unit]} · {t.allocated} {t.packs(allocatedPacks(lot))}
        </dd>
      </div>
      {lot.best_before && (
        <Fact term={t.bestBefore}>{lot.best_before}</Fact>
      )}
      {lot.storage && (
        <Fact term={t.storage}>{lot.storage}</Fact>
      )}
      {lot.inputs.length > 0 && (
        <Fact term={t.inputs}>{lot.inputs.join("、")}</Fact>
      )}
      <div>
        <dt>{t.households}</dt>
        <dd>
          {t.householdCount(lot.households.length)}
          {lot.households.length > 0 && (
            <ul className="size-list">
              {lot.households.map((h) => (
                <li key={h.member_id}>
                  {nameOf.get(h.member_id) ?? h.member_id} · {h.quantity} {t.unit[lot.unit]}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  )
}
