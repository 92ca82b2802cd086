import { Button, Checkbox, Label, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useId, useState } from "react"
import { errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Photo } from "../../lib/types"
import { photoThumb } from "./photos"

type Body = { decision: "approve" } | { decision: "reject"; reason?: string; photos?: string[] }

/** Approve, or reject with the reason the seller will read: in words, by naming photos, or both. */
export const Decision = ({ productId, title, photos = [] }: { productId: string; title: string; photos?: Photo[] }) => {
  const client = useQueryClient()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const [named, setNamed] = useState<string[]>([])
  const reasonId = useId()
  const decide = useMutation({
    mutationFn: (body: Body) => sdk.client.fetch(`/admin/listing-reviews/${productId}`, { method: "POST", body }),
    onSuccess: (_, body) => {
      toast.success(body.decision === "approve" ? `已批准上架 Approved: ${title}` : `已驳回 Rejected: ${title}`)
      client.invalidateQueries({ queryKey: ["luotian-reviews"] })
    },
    onError: (error) => toast.error(`操作失败 Could not save the decision: ${errorText(error)}`),
  })

  if (!rejecting) {
    return (
      <div className="flex flex-wrap gap-2">
        <Button className="whitespace-nowrap" size="small" isLoading={decide.isPending} onClick={() => decide.mutate({ decision: "approve" })}>
          批准 Approve
        </Button>
        <Button className="whitespace-nowrap" size="small" variant="secondary" disabled={decide.isPending} onClick={() => setRejecting(true)}>
          驳回 Reject
        </Button>
      </div>
    )
  }
  return (
    <form
      className="flex min-w-[240px] flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        decide.mutate({ decision: "reject", ...(reason.trim() && { reason: reason.trim() }), ...(named.length && { photos: named }) })
      }}
    >
      {photos.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="txt-compact-small-plus">不合格的照片 Photos that fail</legend>
          {photos.map((photo, i) => (
            <Label key={photo.id} size="small" className="flex items-center gap-2">
              <Checkbox
                checked={named.includes(photo.id)}
                onCheckedChange={(on) => setNamed((ids) => (on ? [...ids, photo.id] : ids.filter((id) => id !== photo.id)))}
              />
              <img src={photoThumb(photo)} alt="" width={40} height={40} className="h-10 w-10 rounded object-cover" />
              第 {i + 1} 张 Photo {i + 1}
            </Label>
          ))}
        </fieldset>
      )}
      <Label htmlFor={reasonId} size="small">驳回理由（卖家可见） Reason, shown to the seller</Label>
      <Textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      <div className="flex gap-2">
        <Button className="whitespace-nowrap" size="small" variant="danger" type="submit" isLoading={decide.isPending} disabled={reason.trim().length < 2 && !named.length}>
          确认驳回 Confirm rejection
        </Button>
        <Button className="whitespace-nowrap" size="small" variant="secondary" type="button" onClick={() => setRejecting(false)}>取消 Cancel</Button>
      </div>
    </form>
  )
}
