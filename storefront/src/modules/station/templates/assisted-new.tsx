import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import type { Locale } from "@/lib/i18n/locales"
import { pick } from "@/lib/i18n/locales"
import { searchCatalogue } from "@/lib/data/catalogue"
import { productByHandle } from "@/lib/data/products"
import { formatCnyCents, formatWeight, toCents } from "@/lib/util/money"
import { changeAssistedBasket, placeAssistedOrder } from "../assisted-actions"
import { basketText, parseBasket } from "../basket"
import { AssistedSearch } from "../components/assisted-search"
import { StationNav } from "../components/station-nav"
import { stationSession } from "../data"
import { stationDictionary } from "../dictionary"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: stationDictionary((await params).locale).assisted.title, robots: { index: false } }
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "")

/** The basket's lines with their product's names and prices as the catalogue shows them (cents, exact). */
async function review(basket: ReturnType<typeof parseBasket>) {
  const lines = await Promise.all(
    basket.map(async (line) => {
      const product = await productByHandle(line.handle)
      const size = product?.sizes.find((s) => s.variant_id === line.variant_id)
      return product && size && size.price_cny !== null ? { ...line, product, size, cents: toCents(size.price_cny) * BigInt(line.quantity) } : null
    })
  )
  return lines.filter((line) => line !== null)
}

// 代购下单: search the catalogue, choose sizes and quantities, name the villager, place (cash at this station).
export default async function NewAssistedOrderPage({ params, searchParams }: Props) {
  const { locale } = await params
  const search = await searchParams
  const t = stationDictionary(locale)
  const a = t.assisted
  const { station } = await stationSession(locale)
  const q = one(search.q).slice(0, 100)
  const lines = await review(parseBasket(one(search.basket)))
  const basket = basketText(lines)
  const hits = q ? (await searchCatalogue({ q, limit: "10" }))?.hits ?? [] : []
  const subtotal = lines.reduce((sum, line) => sum + line.cents, 0n)
  const error = one(search.error)
  return (
    <section className="station" aria-labelledby="assisted-new-title">
      <StationNav station={station} locale={locale} t={t} />
      <h1 id="assisted-new-title">{a.title}</h1>
      {error && <p role="alert" className="notice station-error">{a.errors[error] ?? a.errors.generic}</p>}
      <form method="get" className="station-form" role="search">
        <input type="hidden" name="basket" value={basket} />
        <label>
          {a.search}
          <input name="q" type="search" defaultValue={q} maxLength={100} />
        </label>
        <button type="submit" className="secondary">{a.searchButton}</button>
      </form>
      {q && <AssistedSearch hits={hits} q={q} basket={basket} locale={locale} t={t} />}
      <h2>{a.basket}</h2>
      {lines.length ? (
        <ul className="cash-entries assisted-basket">
          {lines.map((line) => (
            <li key={line.variant_id}>
              <span>
                {pick(locale, line.product.title, line.product.title_en)} {formatWeight(line.size.net_weight_g)} × {line.quantity}
              </span>
              <span>{formatCnyCents(line.cents, locale)}</span>
              <form action={changeAssistedBasket.bind(null, locale)}>
                <input type="hidden" name="basket" value={basket} />
                <input type="hidden" name="q" value={q} />
                <input type="hidden" name="handle" value={line.handle} />
                <input type="hidden" name="variant_id" value={line.variant_id} />
                <input type="hidden" name="quantity" value="0" />
                <button type="submit" className="link">{a.remove}</button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="station-empty">{a.emptyBasket}</p>
      )}
      {lines.length > 0 && (
        <form action={placeAssistedOrder.bind(null, locale)} className="station-form">
          <p className="parcel-cash">
            {a.subtotal}: {formatCnyCents(subtotal, locale)}
          </p>
          <p>{a.deliveryNote}</p>
          <input type="hidden" name="basket" value={basket} />
          <input type="hidden" name="idempotency_key" value={randomUUID()} />
          <fieldset>
            <legend>{a.villager}</legend>
            <label>
              {a.villagerName}
              <input name="villager_name" required maxLength={40} autoComplete="off" />
            </label>
            <label>
              {a.villagerPhone}
              <input name="villager_phone" required inputMode="tel" pattern="1[3-9][0-9]{9}" maxLength={11} autoComplete="off" />
            </label>
          </fieldset>
          <button type="submit" className="primary">{a.place}</button>
        </form>
      )}
    </section>
  )
}
