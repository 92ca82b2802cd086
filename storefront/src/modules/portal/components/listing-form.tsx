"use client"
import type { Band } from "@luotian/contract/rules"
import { cloneElement, useActionState, useEffect, useRef, useState, type ReactElement } from "react"
import type { FormState } from "../actions"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"
import { MAX_SIZES } from "../utils/sizes"
import { Problem } from "./action-form"
import { EditSizePrices, NewSizeRows, type EditSize, type Live } from "./size-rows"

export type GradeChoice = { code: string; label: string; band?: Band }
type Option = { value: string; label: string }

type Props = {
  locale: Locale
  action: (state: FormState, form: FormData) => Promise<FormState>
  grades: GradeChoice[]
  /** A new listing: the category, its unified names and usual sizes. An edit: the listing's sizes and current values. */
  create?: { category: string; names: Option[]; sizes: number[] }
  edit?: { sizes: EditSize[]; values: Record<string, string>; statuses: Option[] }
}

const choices = (options: Option[]) => options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)

/** How many size rows the values a form came back with hold (at least one). */
const rowCount = (values: Record<string, string>) =>
  Math.max(1, ...Object.keys(values).map((key) => Number(/^sizes\.(\d+)\./.exec(key)?.[1] ?? -1) + 1))

/** The listing form: each size's price is checked against the grade's band while the seller types. */
export function ListingForm({ locale, action, grades, create, edit }: Props) {
  const t = portalDictionary(locale)
  const f = t.listingForm
  const [state, formAction, pending] = useActionState(action, {})
  const values = state.values ?? edit?.values ?? {}
  // Rows have keys of their own, so removing one keeps what was typed in the others; their names follow position.
  const [rows, setRows] = useState(() => Array.from({ length: rowCount(values) }, (_, i) => i))
  const [scripted, setScripted] = useState(false)
  useEffect(() => setScripted(true), [])
  // The fields stay uncontrolled (what was typed before the script loaded is kept); the bands follow them.
  const form = useRef<HTMLFormElement>(null)
  const [live, setLive] = useState<{ grade: string; sizes: Live[] }>({ grade: values.grade ?? grades[0]?.code ?? "", sizes: [] })
  const sync = () => {
    const field = (name: string) => (form.current?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? ""
    const count = edit ? edit.sizes.length : rows.length
    const sizes = Array.from({ length: count }, (_, i) => ({ grams: field(`sizes.${i}.net_weight_g`), price: field(`sizes.${i}.price_cny`) }))
    setLive({ grade: field("grade"), sizes })
  }
  useEffect(sync, [state, rows])
  const addRow = () => setRows((keys) => [...keys, Math.max(-1, ...keys) + 1])
  const removeRow = (key: number) => {
    setRows((keys) => keys.filter((k) => k !== key))
    document.getElementById("add-size-row")?.focus()
  }
  // A new row takes the focus, so a keyboard or screen-reader user lands in it.
  const added = useRef(rows.length)
  useEffect(() => {
    if (rows.length > added.current) document.getElementById(`size-${rows.length - 1}-net_weight_g`)?.focus()
    added.current = rows.length
  }, [rows])
  const band = grades.find((g) => g.code === live.grade)?.band
  /** A labelled field; the backend's refusal of it stands under it. */
  const row = (name: string, label: string, control: ReactElement<Record<string, unknown>>) => {
    const error = state.error?.field === name ? state.error : undefined
    const props = { id: name, name, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${name}-error` : undefined }
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        {cloneElement(control, props)}
        {error && <Problem id={`${name}-error`} message={error.message} detail={error.detail} serverWords={t.errors.server} />}
      </div>
    )
  }
  const sizeError = state.error?.field === "sizes" ? state.error : undefined
  const common = { locale, band, values, error: state.error, live: live.sizes }
  return (
    <form ref={form} action={formAction} onInput={sync} onChange={sync} className="portal-form" noValidate>
      {state.error && !state.error.field && <Problem id="listing-error" message={state.error.message} detail={state.error.detail} serverWords={t.errors.server} />}
      {state.done && <p role="status" className="form-done">{state.done}</p>}
      {create && <input type="hidden" name="category" value={create.category} />}
      {edit && Object.entries(edit.values).map(([key, value]) => <input key={key} type="hidden" name={`was_${key}`} value={value} />)}
      {create && row("name", f.name, <select defaultValue={values.name} key={values.name}>{choices(create.names)}</select>)}
      {row("grade", f.grade, <select defaultValue={values.grade} key={values.grade}>{choices(grades.map((g) => ({ value: g.code, label: g.label })))}</select>)}
      <section className="sizes" aria-labelledby="sizes-title" aria-describedby="sizes-hint">
        <h3 id="sizes-title">{edit ? f.editSizesTitle : f.sizesTitle}</h3>
        <p id="sizes-hint" className="hint">
          {f.sizesHint} {create && f.weightHint}
        </p>
        {sizeError && <Problem id="sizes-error" message={sizeError.message} detail={sizeError.detail} serverWords={t.errors.server} />}
        {create && <NewSizeRows {...common} rows={rows} scripted={scripted} onAdd={addRow} onRemove={removeRow} max={MAX_SIZES} />}
        {create && <datalist id="usual-sizes">{create.sizes.map((g) => <option key={g} value={g} />)}</datalist>}
        {edit && <EditSizePrices {...common} sizes={edit.sizes} />}
      </section>
      {edit && row("status", f.status, <select defaultValue={values.status} key={values.status}>{choices(edit.statuses)}</select>)}
      {row("description", f.description, <textarea rows={4} maxLength={4000} defaultValue={values.description} />)}
      {row("description_en", f.descriptionEn, <textarea lang="en" rows={4} maxLength={8000} defaultValue={values.description_en} />)}
      <button type="submit" disabled={pending}>
        {pending ? t.sending : create ? f.submitNew : f.submitEdit}
      </button>
    </form>
  )
}
