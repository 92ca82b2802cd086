import type { StationParcel } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { handOverParcel, receiveParcel } from "../actions"
import type { StationDictionary } from "../dictionary"

type Props = { parcel: StationParcel; locale: Locale; t: StationDictionary }

/** One parcel: what is in it and for whom (a masked name), the cash to take, and what the operator can do with it now. */
export function ParcelCard({ parcel, locale, t }: Props) {
  const pays = Number(parcel.cash_due) > 0
  return (
    <li className="parcel-card" data-parcel={parcel.id}>
      <h3>
        {t.order(parcel.order.display_id)} · {t.buyer(parcel.buyer)}
      </h3>
      <p className="parcel-status">{t.status[parcel.status]}</p>
      <ul className="parcel-items">
        {parcel.order.items.map((item, i) => (
          <li key={i}>
            {item.title}
            {item.variant_title ? ` ${item.variant_title}` : ""} × {item.quantity}
          </li>
        ))}
      </ul>
      <p className={pays ? "parcel-cash" : "parcel-prepaid"}>{pays ? t.cashDue(parcel.cash_due) : t.prepaid}</p>
      {(parcel.status === "shipped_to_hub" || parcel.status === "on_route") && (
        <form action={receiveParcel.bind(null, locale)}>
          <input type="hidden" name="parcel_id" value={parcel.id} />
          <button type="submit" className="primary">{t.receive}</button>
        </form>
      )}
      {parcel.status === "at_station" && (
        <form action={handOverParcel.bind(null, locale)} className="hand-over">
          <input type="hidden" name="parcel_id" value={parcel.id} />
          <label>
            {t.code}
            <input name="code" inputMode="numeric" pattern="[0-9]{6}" maxLength={6} autoComplete="off" />
          </label>
          <details>
            <summary>{t.orPhone}</summary>
            <label>
              {t.phoneLast4}
              <input name="phone_last4" inputMode="numeric" pattern="[0-9]{4}" maxLength={4} autoComplete="off" />
            </label>
            <label className="check">
              <input type="checkbox" name="id_checked" /> {t.idChecked}
            </label>
          </details>
          {pays && (
            <label>
              {t.cashReceived}
              <input name="cash_received" inputMode="decimal" defaultValue={parcel.cash_due} autoComplete="off" />
            </label>
          )}
          <button type="submit" className="primary">{t.handOver}</button>
        </form>
      )}
    </li>
  )
}
