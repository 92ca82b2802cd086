import { Button, Heading, Input, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Choice } from "../../components/choice"
import { categoryLabel, errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { sellerLabel } from "../../lib/sellers"
import { attributesOf } from "../../lib/standards"
import type { InspectionResult as Result, Seller, Standard } from "../../lib/types"
import { InspectionResult } from "./inspection-result"

const Field = ({ id, label, children }: { id: string; label: string; children: (id: string) => React.ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall">{label}</Label>
    {children(id)}
  </div>
)

/** Records a lot's measurements under the category's standard in force; the platform computes the grade. */
export const InspectionForm = ({ sellers, standards }: { sellers: Seller[]; standards: Standard[] }) => {
  const [sellerId, setSellerId] = useState("")
  const [category, setCategory] = useState("")
  const [lot, setLot] = useState("")
  const [inspector, setInspector] = useState("")
  const [at, setAt] = useState("")
  const [values, setValues] = useState<Record<string, string>>({})
  const client = useQueryClient()
  const attributes = attributesOf(standards.find((s) => s.category === category))
  const labels = Object.fromEntries(attributes.map((a) => [a.attribute, `${a.label} ${a.label_en}`]))
  const measurements = Object.fromEntries(
    attributes.filter((a) => values[a.attribute]?.trim()).map((a) => [a.attribute, Number(values[a.attribute])])
  )
  const record = useMutation({
    mutationFn: () =>
      sdk.client.fetch<Result>("/admin/inspections", {
        method: "POST",
        body: {
          seller_id: sellerId,
          category,
          lot: lot.trim(),
          measurements,
          ...(inspector.trim() && { inspector_name: inspector.trim() }),
          // The inspector writes Beijing time.
          ...(at && { inspected_at: `${at}:00+08:00` }),
        },
      }),
    onSuccess: () => {
      toast.success("质检已记录 Inspection recorded")
      client.invalidateQueries({ queryKey: ["luotian-inspections"] })
    },
    onError: (error) => toast.error(`无法记录 Could not record: ${errorText(error)}`),
  })
  const ready = sellerId && category && lot.trim() && Object.keys(measurements).length > 0
  return (
    <form aria-label="记录质检 Record an inspection" className="divide-y" onSubmit={(e) => (e.preventDefault(), record.mutate())}>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <Heading level="h2">记录质检 · Record an inspection</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <Field id="inspection-seller" label="商户 Seller">
            {(id) => <Choice id={id} className="w-full" label="商户 Seller" value={sellerId} onChange={setSellerId} options={sellers.map((s) => ({ value: s.id, label: sellerLabel(s) }))} />}
          </Field>
          <Field id="inspection-category" label="品类 Category">
            {(id) => <Choice id={id} className="w-full" label="品类 Category" value={category} onChange={(v) => (setCategory(v), setValues({}))} options={standards.map((s) => ({ value: s.category, label: categoryLabel(s.category) }))} />}
          </Field>
          <Field id="inspection-lot" label="批次 Lot">{(id) => <Input id={id} value={lot} onChange={(e) => setLot(e.target.value)} maxLength={120} />}</Field>
          <Field id="inspection-inspector" label="质检员（可选） Inspector, optional">{(id) => <Input id={id} value={inspector} onChange={(e) => setInspector(e.target.value)} maxLength={80} />}</Field>
          <Field id="inspection-at" label="质检时间（北京时间，可选） Inspected at, Beijing time">{(id) => <Input id={id} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />}</Field>
        </div>
        {attributes.length > 0 && (
          <fieldset className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <legend className="txt-compact-small-plus pb-2">测量值（未测项视为不符合） Measurements; an attribute not measured fails its criterion</legend>
            {attributes.map((a) => (
              <Field key={a.attribute} id={`measure-${a.attribute}`} label={`${a.label} · ${a.label_en} (${a.unit})`}>
                {(id) => <Input id={id} type="number" step="any" value={values[a.attribute] ?? ""} onChange={(e) => setValues({ ...values, [a.attribute]: e.target.value })} />}
              </Field>
            ))}
          </fieldset>
        )}
        <div className="flex justify-end">
          <Button type="submit" disabled={!ready} isLoading={record.isPending}>评定并记录 Grade and record</Button>
        </div>
      </div>
      {record.data && <InspectionResult result={record.data} labels={labels} />}
    </form>
  )
}
