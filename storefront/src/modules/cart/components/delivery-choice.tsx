import type { Delivery } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { chooseDelivery } from "../actions"

type Option = Delivery["options"][number]

/** A seller's delivery options as radios; the chosen one becomes the cart's shipping method for that seller. */
export function DeliveryChoice({ groupId, options, selected, locale }: { groupId: string; options: Option[]; selected: Option | null; locale: Locale }) {
  const t = cartTexts(locale)
  return (
    <form action={chooseDelivery} className="delivery-choice">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="anchor" value={groupId} />
      <fieldset>
        <legend>{t.delivery}</legend>
        {options.map((option) => (
          <label key={option.id} className="radio">
            <input type="radio" name="option_id" value={option.id} defaultChecked={option.id === (selected?.id ?? options[0]?.id)} />
            <span>
              {option.name} · {formatCny(option.amount, locale)}
            </span>
          </label>
        ))}
      </fieldset>
      {selected ? (
        <p className="delivery-state">{t.deliveryChosen(selected.name, formatCny(selected.amount, locale))}</p>
      ) : (
        <p className="delivery-state delivery-missing" id={`${groupId}-missing`}>
          {t.deliveryMissing}
        </p>
      )}
      <button type="submit" className="secondary" aria-describedby={selected ? undefined : `${groupId}-missing`}>
        {t.chooseDelivery}
      </button>
    </form>
  )
}
