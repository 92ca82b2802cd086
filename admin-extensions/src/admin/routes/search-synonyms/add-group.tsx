import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useId, useState } from "react"
import { errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"

// Words are typed on one line, separated by commas (Chinese or Latin) or semicolons, as the association lists them.
const split = (line: string) => line.split(/[,，;；、]/).map((word) => word.trim()).filter(Boolean)

/** Adds a group of words buyers use for the same thing; the backend's 400 names any rule a word breaks. */
export const AddGroup = () => {
  const client = useQueryClient()
  const [line, setLine] = useState("")
  const inputId = useId()
  const words = split(line)
  const add = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/search-synonyms", { method: "POST", body: { words } }),
    onSuccess: () => {
      toast.success("已添加同义词组 Synonym group added")
      setLine("")
      client.invalidateQueries({ queryKey: ["luotian-search-synonyms"] })
    },
    onError: (error) => toast.error(`添加失败 Could not add the group: ${errorText(error)}`),
  })
  return (
    <form
      className="flex flex-col gap-2 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        if (words.length) add.mutate()
      }}
    >
      <Label htmlFor={inputId} size="small">新词组（逗号分隔） New group, words separated by commas</Label>
      <div className="flex flex-wrap gap-2">
        <Input id={inputId} className="min-w-[280px] flex-1" value={line} placeholder="赤箭, 天麻, gastrodia" onChange={(e) => setLine(e.target.value)} />
        <Button size="small" type="submit" isLoading={add.isPending} disabled={!words.length}>添加 Add</Button>
      </div>
      {add.error && <Text size="small" className="text-ui-fg-error" role="alert">{errorText(add.error)}</Text>}
    </form>
  )
}
