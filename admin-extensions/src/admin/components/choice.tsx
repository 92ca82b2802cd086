import { Select } from "@medusajs/ui"

export type Option = { value: string; label: string }

/** A labelled select; Radix needs non-empty values, so "all" stands for no filter. */
export const Choice = ({ label, value, onChange, options, id, className = "w-auto min-w-[200px]" }: {
  label: string
  value: string
  onChange: (value: string) => void
  options: Option[]
  id?: string
  /** The trigger's width: fits its text by default; "w-full" in a form grid. */
  className?: string
}) => (
  <Select value={value} onValueChange={onChange}>
    <Select.Trigger id={id} aria-label={label} className={className}><Select.Value placeholder={label} /></Select.Trigger>
    <Select.Content>
      {options.map((o) => <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>)}
    </Select.Content>
  </Select>
)
