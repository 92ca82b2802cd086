import { Button, Label, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useId, useState } from "react"
import { errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"

/** Withdraws a lot with the reason buyers will read, after a confirmation: its remaining stock leaves sale at once. */
export const Withdraw = ({ lotId, code }: { lotId: string; code: string }) => {
  const client = useQueryClient()
  const confirm = usePrompt()
  const [reason, setReason] = useState("")
  const reasonId = useId()
  const withdraw = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/lots/${lotId}/withdraw`, { method: "POST", body: { reason: reason.trim() } }),
    onSuccess: () => {
      toast.success(`已召回批次 ${code} Lot ${code} withdrawn`)
      client.invalidateQueries({ queryKey: ["luotian-lots"] })
    },
    onError: (error) => toast.error(`召回失败 Could not withdraw the lot: ${errorText(error)}`),
  })
  return (
    <form
      className="flex max-w-xl flex-col gap-2 px-6 py-4"
      onSubmit={async (e) => {
        e.preventDefault()
        const sure = await confirm({
          title: `召回批次 ${code}？ Withdraw lot ${code}?`,
          description: "剩余库存立即下架，溯源页和买家订单页显示召回通知，不能撤销。 Its remaining stock leaves sale at once and buyers are told; this cannot be undone.",
          confirmText: "确认召回 Withdraw",
          cancelText: "取消 Cancel",
          variant: "danger",
        })
        if (sure) withdraw.mutate()
      }}
    >
      <Label htmlFor={reasonId} size="small">召回原因（买家可见） Reason, shown to buyers</Label>
      <Textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      <Button className="self-start" size="small" variant="danger" type="submit" isLoading={withdraw.isPending} disabled={!reason.trim()}>
        召回本批次 Withdraw this lot
      </Button>
    </form>
  )
}
