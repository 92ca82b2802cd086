import { Button, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Seller } from "../../lib/types"

/** Approve a pending seller, suspend an active one (its products leave the store), reinstate a suspended one. */
export const StatusActions = ({ seller }: { seller: Seller }) => {
  const client = useQueryClient()
  const prompt = usePrompt()
  const change = useMutation({
    mutationFn: (status: "active" | "suspended") => sdk.client.fetch(`/admin/sellers/${seller.id}/status`, { method: "POST", body: { status } }),
    onSuccess: (_, status) => {
      const done = status === "suspended" ? "已暂停 Suspended" : seller.status === "pending" ? "已批准 Approved" : "已恢复 Reinstated"
      toast.success(`${done}: ${seller.name}`)
      client.invalidateQueries({ queryKey: ["luotian-sellers"] })
    },
    onError: (error) => toast.error(`操作失败 Could not change the status: ${errorText(error)}`),
  })
  const suspend = async () => {
    const ok = await prompt({
      title: `暂停 ${seller.name}？ Suspend ${seller.name_en}?`,
      description: "其商品将立即下架并移出搜索 · Its products leave the store and the search at once.",
      confirmText: "暂停 Suspend",
      cancelText: "取消 Cancel",
    })
    if (ok) change.mutate("suspended")
  }
  const busy = change.isPending
  if (seller.status === "pending") {
    return <Button className="whitespace-nowrap" size="small" isLoading={busy} onClick={() => change.mutate("active")}>批准 Approve</Button>
  }
  if (seller.status === "active") {
    return <Button className="whitespace-nowrap" size="small" variant="danger" isLoading={busy} onClick={suspend}>暂停 Suspend</Button>
  }
  return <Button className="whitespace-nowrap" size="small" variant="secondary" isLoading={busy} onClick={() => change.mutate("active")}>恢复 Reinstate</Button>
}
