"use client"
import { startTransition, useActionState, useEffect, type FormEvent } from "react"
import type { Field, FormState } from "../forms"

type Input = { name: Field; label: string; type: "text" | "email" | "password"; autoComplete: string; hint?: string }
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>
  inputs: Input[]
  hidden: Record<string, string>
  submit: string
  sending: string
}

const describedBy = (input: Input, failed: boolean) =>
  [input.hint && `account-${input.name}-hint`, failed && "account-error"].filter(Boolean).join(" ") || undefined

/**
 * A login or registration form. Submitted by script, it is not reset, so what the buyer typed stays after an
 * error; without script it posts to the same server action. The error names its field and takes the focus there.
 */
export function AccountForm({ action, inputs, hidden, submit, sending }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: {} })
  const { error } = state
  useEffect(() => {
    if (error) document.getElementById(error.field ? `account-${error.field}` : "account-error")?.focus()
  }, [error])
  const keepTyped = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return (
    <form action={formAction} onSubmit={keepTyped} className="account-form" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {error && (
        <p id="account-error" role="alert" className="account-error" tabIndex={-1}>
          {error.message}
        </p>
      )}
      {inputs.map((input) => (
        <p key={input.name} className="account-field">
          <label htmlFor={`account-${input.name}`}>
            {input.label}
          </label>
          {input.hint && (
            <span id={`account-${input.name}-hint`} className="account-hint">
              {input.hint}
            </span>
          )}
          <input
            id={`account-${input.name}`}
            name={input.name}
            type={input.type}
            autoComplete={input.autoComplete}
            defaultValue={input.name === "password" ? undefined : state.values[input.name]}
            aria-invalid={error?.field === input.name || undefined}
            aria-describedby={describedBy(input, error?.field === input.name)}
            required
          />
        </p>
      ))}
      <button type="submit" disabled={pending}>
        {pending ? sending : submit}
      </button>
    </form>
  )
}
