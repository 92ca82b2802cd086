import type { StationDictionary } from "../dictionary"

type Props = { t: StationDictionary; search: Record<string, string | string[] | undefined> }

/** What the last form did, or why it was refused (in the operator's language, with the backend's rule as detail). */
export function Outcome({ t, search }: Props) {
  const done = typeof search.done === "string" ? t.done[search.done as keyof StationDictionary["done"]] : undefined
  const error = typeof search.error === "string" ? t.errors[search.error] ?? t.errors.generic : undefined
  const detail = typeof search.detail === "string" ? search.detail : ""
  if (done) return <p role="status" className="notice station-done">{done}</p>
  if (!error) return null
  return (
    <p role="alert" className="notice station-error">
      {error}
      {detail && <small> ({detail})</small>}
    </p>
  )
}
