"use client"
import type { Band } from "@luotian/contract/rules"
import { cloneElement, type ReactElement, type ReactNode } from "react"
import type { FormState } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { parseGrams } from "../utils/band"
import { Problem } from "./action-form"
import { BandHint } from "./band-hint"

// A listing's pack sizes in its form, one fieldset per size with fields named "sizes.<row>.<field>" (the row's
// position, so that rows removed in between leave no gap). The grade's band is checked for each size as typed.

/** What a row's price and weight are now, for its band hint. */
export type Live = { grams: string; price: string }
/** A size of an existing listing: its price is edited here, its weight is fixed. */
export type EditSize = { variant_id: string; label: string; grams: number | null }

type Common = { locale: Locale; band?: Band; values: Record<string, string>; error?: FormState["error"]; live: Live[] }

/** A labelled field of row `i`; the backend's refusal of it stands under it. */
function SizeField(props: { i: number; name: string; label: string; error?: FormState["error"]; locale: Locale; after?: ReactNode; control: ReactElement<Record<string, unknown>> }) {
  const { i, name, label, error, locale, after, control } = props
  const id = `size-${i}-${name}`
  const fault = error?.field === `sizes.${i}.${name}` ? error : undefined
  const described = [after && `${id}-band`, fault && `${id}-error`].filter(Boolean).join(" ")
  const attrs = { id, name: `sizes.${i}.${name}`, "aria-invalid": fault ? true : undefined, "aria-describedby": described || undefined }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(control, attrs)}
      {after}
      {fault && <Problem id={`${id}-error`} message={fault.message} detail={fault.detail} serverWords={portalDictionary(locale).errors.server} />}
    </div>
  )
}

const bandFor = (c: Common, i: number, grams: number | null) => (
  <BandHint id={`size-${i}-price_cny-band`} locale={c.locale} band={c.band} price={c.live[i]?.price ?? ""} grams={grams} />
)

/** A new listing's size rows: weight, price, stock and GTIN each; rows are added and removed once the script runs. */
export function NewSizeRows(c: Common & { rows: number[]; scripted: boolean; onAdd: () => void; onRemove: (key: number) => void; max: number }) {
  const f = portalDictionary(c.locale).listingForm
  const v = (i: number, name: string) => c.values[`sizes.${i}.${name}`]
  return (
    <>
      {c.rows.map((key, i) => (
        <fieldset key={key} className="size-row">
          <legend>{f.sizeN(i + 1)}</legend>
          <SizeField {...c} i={i} name="net_weight_g" label={f.weight} control={<input inputMode="numeric" list="usual-sizes" defaultValue={v(i, "net_weight_g")} />} />
          <SizeField {...c} i={i} name="price_cny" label={f.price} control={<input inputMode="decimal" autoComplete="off" defaultValue={v(i, "price_cny")} />} after={bandFor(c, i, parseGrams(c.live[i]?.grams ?? ""))} />
          <SizeField {...c} i={i} name="stock" label={f.stock} control={<input inputMode="numeric" defaultValue={v(i, "stock") ?? "0"} />} />
          <SizeField {...c} i={i} name="gtin" label={f.gtin} control={<input inputMode="numeric" autoComplete="off" maxLength={13} defaultValue={v(i, "gtin")} />} />
          {c.scripted && c.rows.length > 1 && (
            <button type="button" className="link-button" onClick={() => c.onRemove(key)}>
              {f.removeRow(f.sizeN(i + 1))}
            </button>
          )}
        </fieldset>
      ))}
      {c.scripted && c.rows.length < c.max && (
        <button type="button" id="add-size-row" className="secondary" onClick={c.onAdd}>
          + {f.addSize}
        </button>
      )}
    </>
  )
}

/** An existing listing's sizes: the price of each, with its band; the weight is the size's name. */
export function EditSizePrices(c: Common & { sizes: EditSize[] }) {
  const f = portalDictionary(c.locale).listingForm
  return (
    <>
      {c.sizes.map((size, i) => (
        <fieldset key={size.variant_id} className="size-row">
          <legend>{size.label}</legend>
          <input type="hidden" name={`sizes.${i}.variant_id`} value={size.variant_id} />
          <SizeField {...c} i={i} name="price_cny" label={f.price} control={<input inputMode="decimal" autoComplete="off" defaultValue={c.values[`sizes.${i}.price_cny`]} />} after={bandFor(c, i, size.grams)} />
        </fieldset>
      ))}
    </>
  )
}
