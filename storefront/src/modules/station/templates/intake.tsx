import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import { pick, type Locale } from "@/lib/i18n/locales"
import { IntakeCard } from "../components/intake-card"
import { StationNav } from "../components/station-nav"
import { intakeOf, intakeOptionsOf, intakeSellersOf, intakesOf, StationError, stationSession } from "../data"
import { stationDictionary } from "../dictionary"
import { recordIntake } from "../intake-actions"
import { intakeDictionary, type IntakeDictionary } from "../intake-dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Search = Record<string, string | string[] | undefined>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: intakeDictionary((await params).locale).title, robots: { index: false } }
}

const SELLER = /^sel_[0-9A-Z]{26}$/
const INTAKE = /^sintk_[0-9A-Z]{26}$/
const one = (search: Search, key: string) => (typeof search[key] === "string" ? (search[key] as string) : "")

// 代销: the buyer first, then that buyer's household, product and grade, weight, price and payment; the receipt of
// what was just recorded and the day's intakes below.
export default async function StationIntakePage({ params, searchParams }: Props) {
  const { locale } = await params
  const search = await searchParams
  const [t, ti] = [stationDictionary(locale), intakeDictionary(locale)]
  const { token, station } = await stationSession(locale)
  const seller = SELLER.test(one(search, "seller")) ? one(search, "seller") : ""
  const receiptId = INTAKE.test(one(search, "receipt")) ? one(search, "receipt") : ""
  const [sellers, today, options, receipt] = await Promise.all([
    intakeSellersOf(token),
    intakesOf(token),
    seller ? intakeOptionsOf(token, seller).catch((e: StationError) => (e.status === 404 ? null : Promise.reject(e))) : null,
    receiptId ? intakeOf(token, receiptId).catch((e: StationError) => (e.status === 404 ? null : Promise.reject(e))) : null,
  ])
  return (
    <section className="station" aria-labelledby="intake-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="intake-title">{ti.title}</h1>
      <IntakeOutcome ti={ti} search={search} />
      {receipt && (
        <section aria-labelledby="receipt-title">
          <h2 id="receipt-title">{ti.receipt}</h2>
          <p role="status" className="notice station-done">{ti.recorded}</p>
          <IntakeCard intake={receipt} locale={locale} t={ti} receipt />
        </section>
      )}
      <p>{ti.intro}</p>
      <form method="get" className="station-form">
        <label>
          {ti.seller}
          <select name="seller" defaultValue={seller} required>
            <option value="" disabled>{ti.chooseSeller}</option>
            {sellers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">{ti.next}</button>
      </form>
      {options && <IntakeForm locale={locale} ti={ti} options={options} />}
      <h2>{ti.today}</h2>
      {today.length ? (
        <ul className="parcel-list">
          {today.map((intake) => <li key={intake.id}><IntakeCard intake={intake} locale={locale} t={ti} receipt /></li>)}
        </ul>
      ) : (
        <p className="station-empty">{ti.none}</p>
      )}
    </section>
  )
}

type FormProps = { locale: Locale; ti: IntakeDictionary; options: NonNullable<Awaited<ReturnType<typeof intakeOptionsOf>>> }

/** The intake of one buyer's household's produce; a fresh form reference each time it is shown. */
function IntakeForm({ locale, ti, options }: FormProps) {
  if (!options.members.length) return <p className="station-empty">{ti.noMembers}</p>
  if (!options.products.length) return <p className="station-empty">{ti.noProducts}</p>
  return (
    <form action={recordIntake.bind(null, locale)} className="station-form" aria-label={options.seller.name}>
      <input type="hidden" name="seller_id" value={options.seller.id} />
      <input type="hidden" name="client_reference" value={randomUUID()} />
      <label>
        {ti.member}
        <select name="member_id" required>
          {options.members.map((m) => <option key={m.id} value={m.id}>{m.name} · {m.village}</option>)}
        </select>
      </label>
      <label>
        {ti.product}
        <select name="product_grade" required>
          {options.products.map((p) => (
            <optgroup key={p.id} label={p.title}>
              {p.grades.map((g) => <option key={g.code} value={`${p.id}|${g.code}`}>{p.title} · {ti.seen(pick(locale, g.name, g.name_en))}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {ti.quantity}
        <input name="quantity_kg" inputMode="decimal" required autoComplete="off" />
      </label>
      <label>
        {ti.price}
        <input name="price_yuan" inputMode="decimal" required autoComplete="off" />
      </label>
      <fieldset className="intake-paid">
        <legend>{ti.paid}</legend>
        {(["now", "on_sale"] as const).map((paid) => (
          <label key={paid} className="check">
            <input type="radio" name="paid" value={paid} defaultChecked={paid === "now"} /> {ti.paidWords[paid]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">{ti.submit}</button>
    </form>
  )
}

/** Why the last intake was refused, in the operator's language, with the backend's rule as detail. */
function IntakeOutcome({ ti, search }: { ti: IntakeDictionary; search: Search }) {
  const error = one(search, "error")
  if (!error) return null
  const detail = one(search, "detail")
  return (
    <p role="alert" className="notice station-error">
      {ti.errors[error] ?? ti.errors.generic}
      {detail && <small> ({detail})</small>}
    </p>
  )
}
