"use client"
import { useState } from "react"
import type { PublicStation } from "@luotian/contract"
import { pick, type Locale } from "@/lib/i18n/locales"

type Props = {
  name: string
  locale: Locale
  stations: PublicStation[]
  value?: string
  error?: string
  labels: { town: string; anyTown: string; station: string; placeholder: string; hint: string }
}

/**
 * The pickup station, chosen by town then station: the town narrows the list. Without JavaScript the town does nothing
 * and the station list shows every town's stations, grouped by town.
 */
export function StationPicker({ name, locale, stations, value, error, labels }: Props) {
  const towns = [...new Map(stations.map((s) => [s.town, pick(locale, s.town, s.town_en)])).entries()]
  const [town, setTown] = useState(stations.find((s) => s.id === value)?.town ?? "")
  const shown = towns.filter(([zh]) => !town || zh === town)
  const errorId = `${name}-error`
  return (
    <div className="station-picker">
      <div className="field">
        <label htmlFor={`${name}-town`}>{labels.town}</label>
        <select id={`${name}-town`} value={town} onChange={(event) => setTown(event.target.value)}>
          <option value="">{labels.anyTown}</option>
          {towns.map(([zh, label]) => (
            <option key={zh} value={zh}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={name}>{labels.station}</label>
        <select id={name} name={name} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
          <option value="">{labels.placeholder}</option>
          {shown.map(([zh, label]) => (
            <optgroup key={zh} label={label}>
              {stations
                .filter((s) => s.town === zh)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {pick(locale, s.name, s.name_en)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <p className="hint">{labels.hint}</p>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}
