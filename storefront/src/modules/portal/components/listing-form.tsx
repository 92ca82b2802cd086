"use client"
import type { Band } from "@luotian/contract/rules"
import { cloneElement, useActionState, useEffect, useRef, useState, type ReactElement } from "react"
import type { FormState } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { formatCny, formatCnyCents } from "@/lib/util/money"
import { checkBand, parseGrams } from "../utils/band"
import { Problem } from "./action-form"

export type GradeChoice = { code: string; label: string; band?: Band }
type Option = { value: string; label: string }

type Props = {
  locale: Locale
  action: (state: FormState, form: FormData) => Promise<FormState>
  grades: GradeChoice[]
  /** A new listing: the category, its unified names and usual sizes. An edit: the listing's size and current values. */
  create?: { category: string; names: Option[]; sizes: number[] }
  edit?: { grams: number; values: Record<string, string>; statuses: Option[] }
}

const choices = (options: Option[]) => options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)

/** The listing form: the grade's price band shows beside the price and is checked while the seller types. */
export function ListingForm({ locale, action, grades, create, edit }: Props) {
  const t = portalDictionary(locale)
  const f = t.listingForm
  const [state, formAction, pending] = useActionState(action, {})
  const values = state.values ?? edit?.values ?? {}
  // The fields stay uncontrolled (what was typed before the script loaded is kept); the band follows them.
  const form = useRef<HTMLFormElement>(null)
  const [live, setLive] = useState({ grade: values.grade ?? grades[0]?.code ?? "", grams: "", price: values.price_cny ?? "" })
  const sync = () => {
    const field = (name: string) => (form.current?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? ""
    setLive({ grade: field("grade"), grams: edit ? String(edit.grams) : field("net_weight_g"), price: field("price_cny") })
  }
  useEffect(sync, [state])
  const band = grades.find((g) => g.code === live.grade)?.band
  /** A labelled field; the backend's refusal of it stands under it. */
  const row = (name: string, label: string, control: ReactElement<Record<string, unknown>>, extra?: { hint?: string; after?: ReactElement }) => {
    const error = state.error?.field === name ? state.error : undefined
    const described = [extra?.hint && `${name}-hint`, extra?.after && `${name}-band`, error && `${name}-error`].filter(Boolean).join(" ")
    const props = { id: name, name, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined }
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        {cloneElement(control, props)}
        {extra?.hint && <p id={`${name}-hint`} className="hint">{extra.hint}</p>}
        {extra?.after}
        {error && <Problem id={`${name}-error`} message={error.message} detail={error.detail} serverWords={t.errors.server} />}
      </div>
    )
  }
  return (
    <form ref={form} action={formAction} onInput={sync} onChange={sync} className="portal-form" noValidate>
      {state.error && !state.error.field && <Problem id="listing-error" message={state.error.message} detail={state.error.detail} serverWords={t.errors.server} />}
      {state.done && <p role="status" className="form-done">{state.done}</p>}
      {create && <input type="hidden" name="category" value={create.category} />}
      {edit && Object.entries(edit.values).map(([key, value]) => <input key={key} type="hidden" name={`was_${key}`} value={value} />)}
      {create && row("name", f.name, <select defaultValue={values.name} key={values.name}>{choices(create.names)}</select>)}
      {row("grade", f.grade, <select defaultValue={values.grade} key={values.grade}>{choices(grades.map((g) => ({ value: g.code, label: g.label })))}</select>)}
      {create && row("net_weight_g", f.weight, <input inputMode="numeric" list="usual-sizes" defaultValue={values.net_weight_g} />, { hint: f.weightHint })}
      {create && <datalist id="usual-sizes">{create.sizes.map((g) => <option key={g} value={g} />)}</datalist>}
      {row("price_cny", f.price, <input inputMode="decimal" autoComplete="off" defaultValue={values.price_cny} />, {
        after: <BandHint id="price_cny-band" locale={locale} band={band} price={live.price} grams={parseGrams(live.grams)} />,
      })}
      {create && row("stock", f.stock, <input inputMode="numeric" defaultValue={values.stock ?? "0"} />)}
      {edit && row("status", f.status, <select defaultValue={values.status} key={values.status}>{choices(edit.statuses)}</select>)}
      {row("description", f.description, <textarea rows={4} maxLength={4000} defaultValue={values.description} />)}
      {row("description_en", f.descriptionEn, <textarea lang="en" rows={4} maxLength={8000} defaultValue={values.description_en} />)}
      <button type="submit" disabled={pending}>
        {pending ? t.sending : create ? f.submitNew : f.submitEdit}
      </button>
    </form>
  )
}

/** The grade's band, and where the typed price falls in it, read out as it changes. */
function BandHint({ id, locale, band, price, grams }: { id: string; locale: Locale; band?: Band; price: string; grams: number | null }) {
  const f = portalDictionary(locale).listingForm
  if (!band) return null
  const per = f.per[band.price_unit]
  const check = checkBand(price, grams, band)
  const perText = check && `${formatCnyCents(check.per, locale)} / ${per}`
  const outside = check && check.position !== "inside"
  return (
    <div id={id} className={outside ? "band band-outside" : "band"} aria-live="polite">
      <p>{f.band(`${formatCny(band.price_min, locale)}–${formatCny(band.price_max, locale)} / ${per}`)}</p>
      <p role={outside ? "alert" : undefined}>
        {!check ? f.bandWaiting : check.position === "below" ? f.bandBelow(perText!) : check.position === "above" ? f.bandAbove(perText!) : f.bandInside(perText!)}
      </p>
    </div>
  )
}
