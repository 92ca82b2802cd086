import { MathBN } from "@medusajs/framework/utils"
import type { Limit } from "./compute"

// The units a criterion may be measured in, as buyers read them.
export const UNITS = {
  "%": { zh: "%", en: "%" },
  "pcs/kg": { zh: "粒/千克", en: "per kg" },
  kg: { zh: "千克", en: "kg" },
  g: { zh: "克", en: "g" },
  cm: { zh: "厘米", en: "cm" },
  mm: { zh: "毫米", en: "mm" },
  months: { zh: "月龄", en: "months" },
  points: { zh: "分", en: "points" },
} as const

export type Unit = keyof typeof UNITS
export const UNIT_KEYS = Object.keys(UNITS) as [Unit, ...Unit[]]

/** A limit as the API shows it: an exact decimal string without trailing zeros ("7", "2.5"), or null. */
export const limitText = (limit: Limit) => (limit === null || limit === undefined ? null : MathBN.convert(limit).toFixed())

type Words = { label: string; label_en: string; unit: string; min: Limit; max: Limit }

/** A criterion in plain words, e.g. "水分 ≤ 7 %" / "Moisture at most 7 %"; none allowed when the maximum is 0. */
export function criterionWords({ label, label_en, unit, min, max }: Words) {
  const u = UNITS[unit as Unit] ?? { zh: unit, en: unit }
  const lo = limitText(min)
  const hi = limitText(max)
  const zhUnit = u.zh === "%" ? " %" : ` ${u.zh}`
  const enUnit = u.en === "%" ? " %" : ` ${u.en}`
  if (lo === null && hi === "0") return { text: `${label}：不允许`, text_en: `${label_en}: none allowed` }
  if (lo !== null && hi !== null) {
    return { text: `${label} ${lo}–${hi}${zhUnit}`, text_en: `${label_en} ${lo}–${hi}${enUnit}` }
  }
  if (hi !== null) return { text: `${label} ≤ ${hi}${zhUnit}`, text_en: `${label_en} at most ${hi}${enUnit}` }
  return { text: `${label} ≥ ${lo}${zhUnit}`, text_en: `${label_en} at least ${lo}${enUnit}` }
}

/** A measured value with its unit in words, e.g. "38 粒/千克" / "38 per kg". */
export function valueWords(value: number, unit: string) {
  const u = UNITS[unit as Unit] ?? { zh: unit, en: unit }
  return { text: `${value} ${u.zh}`, text_en: `${value} ${u.en}` }
}
