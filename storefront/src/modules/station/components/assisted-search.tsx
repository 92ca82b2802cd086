import type { ProductCard } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { pick } from "@/lib/i18n/locales"
import { formatCny, formatWeight } from "@/lib/util/money"
import { changeAssistedBasket } from "../assisted-actions"
import type { StationDictionary } from "../dictionary"

type Props = { hits: ProductCard[]; q: string; basket: string; locale: Locale; t: StationDictionary }

/** The catalogue's answer to the operator's search: each pack size in stock, with a quantity to add. */
export function AssistedSearch({ hits, q, basket, locale, t }: Props) {
  const sizes = hits.flatMap((hit) => hit.sizes.filter((size) => size.in_stock && size.price_cny !== null).map((size) => ({ hit, size })))
  if (!sizes.length) return <p className="station-empty">{t.assisted.noHits}</p>
  return (
    <ul className="parcel-list">
      {sizes.map(({ hit, size }) => (
        <li key={size.variant_id} className="parcel-card" data-variant={size.variant_id}>
          <h3>{pick(locale, hit.title, hit.title_en)}</h3>
          <p className="parcel-status">
            {formatWeight(size.net_weight_g)} · {formatCny(size.price_cny!, locale)} · {pick(locale, hit.seller.name, hit.seller.name_en)}
          </p>
          <form action={changeAssistedBasket.bind(null, locale)} className="assisted-add">
            <input type="hidden" name="basket" value={basket} />
            <input type="hidden" name="q" value={q} />
            <input type="hidden" name="handle" value={hit.handle} />
            <input type="hidden" name="variant_id" value={size.variant_id} />
            <label>
              {t.assisted.quantity}
              <input name="quantity" type="number" inputMode="numeric" min={1} max={999} step={1} defaultValue={1} required />
            </label>
            <button type="submit" className="secondary">{t.assisted.add}</button>
          </form>
        </li>
      ))}
    </ul>
  )
}
