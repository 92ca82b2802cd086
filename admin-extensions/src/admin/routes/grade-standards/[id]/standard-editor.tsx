import { Alert, Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { errorText } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import type { Standard } from "../../../lib/types"
import { editBody, toDraft } from "./draft"
import { GradeFields } from "./grade-fields"

/** Edits the version in force; saving writes the next version and supersedes this one. */
export const StandardEditor = ({ standard, onClose }: { standard: Standard; onClose: () => void }) => {
  const [grades, setGrades] = useState(() => toDraft(standard))
  const [effectiveFrom, setEffectiveFrom] = useState("")
  const client = useQueryClient()
  const navigate = useNavigate()
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ grade_standard: Standard }>(`/admin/grade-standards/${standard.id}`, { method: "POST", body: editBody(grades, effectiveFrom) }),
    onSuccess: ({ grade_standard: next }) => {
      toast.success(`已保存为第 ${next.version} 版 Saved as version ${next.version}`)
      client.invalidateQueries({ queryKey: ["luotian-standards"] })
      navigate(`/grade-standards/${next.id}`)
      onClose()
    },
  })
  return (
    <form
      aria-label="编辑标准 Edit the standard"
      className="divide-y"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate()
      }}
    >
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="effective-from" size="xsmall">施行日期（空则今日） Effective from (blank: today, Beijing)</Label>
          <Input id="effective-from" type="date" size="small" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">保存后生成第 {standard.version + 1} 版，本版本即被替代 · Saving writes version {standard.version + 1} and supersedes this one</Text>
      </div>
      {grades.map((g, i) => (
        <GradeFields key={g.code} grade={g} onChange={(next) => setGrades(grades.map((old, j) => (j === i ? next : old)))} />
      ))}
      {save.error && (
        <div className="px-6 py-4"><Alert variant="error">无法保存 Could not save: {errorText(save.error)}</Alert></div>
      )}
      <div className="flex justify-end gap-2 px-6 py-4">
        <Button type="button" variant="secondary" onClick={onClose}>取消 Cancel</Button>
        <Button type="submit" isLoading={save.isPending}>保存为新版本 Save as a new version</Button>
      </div>
    </form>
  )
}
