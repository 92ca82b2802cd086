import Link from "next/link"
import type { PriceFacet } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { searchDictionary } from "@/lib/i18n/search"
import { bandRange, catalogueSearch, cataloguePath, type CatalogueState, type PriceError } from "@/lib/util/catalogue-query"

type Props = { locale: Locale; state: CatalogueState; bands: PriceFacet[]; errors: PriceError[] }

/** Price bands with their counts, and a min/max form (yuan) that works as a plain GET form. */
export function PriceFilter({ locale, state, bands, errors }: Props) {
  const s = searchDictionary(locale)
  const others = [...catalogueSearch({ ...state, price_min: "", price_max: "", page: 1 })]
  const error = (field: PriceError["field"]) => errors.find((e) => e.field === field)
  const label = { price_min: s.priceMin, price_max: s.priceMax }
  return (
    <section className="facet" aria-labelledby="facet-price">
      <h2 id="facet-price">{s.price}</h2>
      {bands.some((band) => band.count > 0) && (
        <ul>
          {bands.map((band) => {
            const range = bandRange(band.from, band.to)
            const chosen = range.price_min === state.price_min && range.price_max === state.price_max
            return (
              <li key={band.key}>
                <Link
                  href={cataloguePath(locale, state, chosen ? { price_min: "", price_max: "" } : range)}
                  aria-current={chosen ? "true" : undefined}
                  rel="nofollow"
                >
                  <span>{s.band(band.from, band.to)}</span> <span className="facet-count">{band.count}</span>
                </Link>
              </li>
            )
          })}
        </ul>
      )}
      <form action={`/${locale}/products`} method="get" className="price-form">
        {others.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        {(["price_min", "price_max"] as const).map((field) => (
          <p key={field}>
            <label htmlFor={field}>{label[field]}</label>
            <input
              id={field}
              name={field}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={state[field]}
              aria-invalid={error(field) ? true : undefined}
              aria-describedby={error(field) ? "price-error" : undefined}
            />
          </p>
        ))}
        <button type="submit">{s.applyPrice}</button>
        {errors.length > 0 && (
          <div id="price-error" role="alert" className="field-error">
            {errors.map((e) => (
              <p key={e.field}>{e.reason === "order" ? s.priceError.order : s.priceError.format(label[e.field])}</p>
            ))}
            <p>{s.priceIgnored}</p>
          </div>
        )}
      </form>
    </section>
  )
}
