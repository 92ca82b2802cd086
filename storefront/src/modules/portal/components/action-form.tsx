"use client"
import { useActionState, useId, type ReactNode } from "react"
import type { FormState } from "../actions"

export type FieldSpec = {
  name: string
  label: string
  type?: "text" | "email" | "password" | "number" | "date" | "tel" | "checkbox" | "select" | "textarea"
  value?: string
  required?: boolean
  options?: { value: string; label: string }[]
  hint?: string
  autoComplete?: string
  inputMode?: "numeric" | "decimal" | "text" | "tel" | "email"
  maxLength?: number
}

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  fields: FieldSpec[]
  submit: string
  sending: string
  /** How the backend's own words are introduced (they are in English). */
  serverWords: string
  label?: string
  hidden?: Record<string, string>
  danger?: boolean
  /** What to show once the action answers with a seller's status (the login of a pending or suspended seller). */
  statusNotices?: Record<string, ReactNode>
}

/** A portal form posting to a server action: refused values stay as typed, the reason stands next to its field. */
export function ActionForm({ action, fields, submit, sending, serverWords, label, hidden = {}, danger, statusNotices }: Props) {
  const [state, formAction, pending] = useActionState(action, {})
  const id = useId()
  const error = state.error
  return (
    <form action={formAction} className="portal-form" aria-label={label} noValidate>
      {error && !error.field && <Problem id={`${id}-error`} message={error.message} detail={error.detail} serverWords={serverWords} />}
      {state.done && (
        <p role="status" className="form-done">
          {state.done}
        </p>
      )}
      {state.status && statusNotices?.[state.status]}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <Field key={field.name} id={`${id}-${field.name}`} field={field} state={state} serverWords={serverWords} />
      ))}
      <button type="submit" disabled={pending} className={danger ? "danger" : undefined}>
        {pending ? sending : submit}
      </button>
    </form>
  )
}

function Field({ id, field, state, serverWords }: { id: string; field: FieldSpec; state: FormState; serverWords: string }) {
  const error = state.error?.field === field.name ? state.error : undefined
  const value = state.values?.[field.name] ?? field.value ?? ""
  const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
  const common = { id, name: field.name, required: field.required, "aria-invalid": error ? true : undefined, "aria-describedby": described }
  const control =
    field.type === "select" ? (
      <select {...common} defaultValue={value} key={value}>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : field.type === "textarea" ? (
      <textarea {...common} defaultValue={value} maxLength={field.maxLength} rows={4} />
    ) : field.type === "checkbox" ? (
      <input {...common} type="checkbox" defaultChecked={state.values ? state.values[field.name] === "on" : field.value === "on"} />
    ) : (
      <input {...common} type={field.type ?? "text"} defaultValue={value} autoComplete={field.autoComplete} inputMode={field.inputMode} maxLength={field.maxLength} />
    )
  return (
    <div className={field.type === "checkbox" ? "field field-check" : "field"}>
      {field.type === "checkbox" && control}
      <label htmlFor={id}>{field.label}</label>
      {field.type !== "checkbox" && control}
      {field.hint && (
        <p id={`${id}-hint`} className="hint">
          {field.hint}
        </p>
      )}
      {error && <Problem id={`${id}-error`} message={error.message} detail={error.detail} serverWords={serverWords} />}
    </div>
  )
}

/** A refusal in the seller's words, then the backend's (English) wording for the details it names. */
export function Problem({ id, message, detail, serverWords }: { id: string; message: string; detail?: string; serverWords: string }) {
  return (
    <p id={id} role="alert" className="form-error">
      {message}
      {detail && (
        <span className="detail">
          {serverWords}: <span lang="en">{detail}</span>
        </span>
      )}
    </p>
  )
}
