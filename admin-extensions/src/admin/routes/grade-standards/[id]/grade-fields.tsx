import { Heading, Input, Label, Text } from "@medusajs/ui"
import type { DraftCriterion, DraftGrade } from "./draft"

type FieldProps = { id: string; label: string; name: string; value: string; onChange: (v: string) => void }

// A short visible label; the input's accessible name also says which grade and criterion it is.
const Field = ({ id, label, name, value, onChange }: FieldProps) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall">{label}</Label>
    <Input id={id} aria-label={name} size="small" inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />
  </div>
)

/** One grade's price band and criterion limits; a blank limit means none on that side. */
export const GradeFields = ({ grade, onChange }: { grade: DraftGrade; onChange: (g: DraftGrade) => void }) => {
  const unit = grade.price_unit === "kg" ? "¥/kg" : "¥/件 unit"
  const who = `${grade.name} ${grade.name_en}`
  const setCriterion = (i: number, c: Partial<DraftCriterion>) =>
    onChange({ ...grade, criteria: grade.criteria.map((old, j) => (j === i ? { ...old, ...c } : old)) })
  return (
    <fieldset className="flex flex-col gap-y-3 px-6 py-4">
      <legend className="sr-only">{who}</legend>
      <Heading level="h3">{grade.name} · {grade.name_en}</Heading>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Field id={`${grade.code}-price-min`} label={`最低价 Price min (${unit})`} name={`${who} 最低价 Price min`} value={grade.price_min} onChange={(v) => onChange({ ...grade, price_min: v })} />
        <Field id={`${grade.code}-price-max`} label={`最高价 Price max (${unit})`} name={`${who} 最高价 Price max`} value={grade.price_max} onChange={(v) => onChange({ ...grade, price_max: v })} />
      </div>
      {grade.criteria.map((c, i) => (
        <div key={c.attribute} className="grid grid-cols-2 items-end gap-3 md:grid-cols-4">
          <Text size="small" className="col-span-2">{c.label} · {c.label_en} ({c.unit})</Text>
          <Field id={`${grade.code}-${c.attribute}-min`} label="下限 Min" name={`${who} ${c.label_en} 下限 min`} value={c.min} onChange={(v) => setCriterion(i, { min: v })} />
          <Field id={`${grade.code}-${c.attribute}-max`} label="上限 Max" name={`${who} ${c.label_en} 上限 max`} value={c.max} onChange={(v) => setCriterion(i, { max: v })} />
        </div>
      ))}
    </fieldset>
  )
}
