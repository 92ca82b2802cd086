import type { InputHTMLAttributes } from "react"

type Props = { name: string; label: string; value?: string; error?: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "defaultValue">

/** A labelled input with its hint and, after a failed submit, its error right below it (named by the error). */
export function Field({ name, label, value, error, hint, ...input }: Props) {
  const id = `checkout-${name}`
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
