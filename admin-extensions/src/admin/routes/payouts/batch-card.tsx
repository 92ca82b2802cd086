import { Badge, Button, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { beijing, errorText, yuan } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { sellerName, type Batch, type Item } from "./types"

const STATUS: Record<Item["status"], [string, "orange" | "green" | "red"]> = {
  pending: ["待付 Pending", "orange"],
  paid: ["已付 Paid", "green"],
  failed: ["失败 Failed", "red"],
}

const base = () => sdk.client.config.baseUrl.replace(/\/$/, "")

/** One batch: its downloads for the bank and the file, and each item marked paid (bank reference) or failed (reason). */
export const BatchCard = ({ batch }: { batch: Batch }) => {
  const url = (path: string) => `${base()}/admin/payout-batches/${batch.id}/${path}`
  return (
    <section aria-label={`付款批次 Batch ${batch.id}`} className="px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Text weight="plus">
          {beijing(batch.created_at)} · {yuan(batch.total)} · {batch.items.length} 笔 items
        </Text>
        <div className="flex flex-wrap gap-3">
          <a className="txt-compact-small-plus text-ui-fg-interactive" href={url("export.csv")} download>银行批量转账 CSV · Bank upload</a>
          <a className="txt-compact-small-plus text-ui-fg-interactive" href={url("export.csv?method=alipay")} download>支付宝批量付款 CSV · Alipay upload</a>
          <a className="txt-compact-small-plus text-ui-fg-interactive" href={url("summary.pdf")} download>汇总 PDF · Summary</a>
        </div>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        待付 Pending {yuan(batch.totals.pending)} · 已付 Paid {yuan(batch.totals.paid)} · 失败 Failed {yuan(batch.totals.failed)}
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>商户 Seller</Table.HeaderCell>
            <Table.HeaderCell>收款账户 Account</Table.HeaderCell>
            <Table.HeaderCell className="text-right">金额 Amount</Table.HeaderCell>
            <Table.HeaderCell>状态 Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {batch.items.map((item) => (
            <ItemRow key={item.id} batchId={batch.id} item={item} />
          ))}
        </Table.Body>
      </Table>
    </section>
  )
}

const ItemRow = ({ batchId, item }: { batchId: string; item: Item }) => {
  const client = useQueryClient()
  const [reference, setReference] = useState("")
  const [reason, setReason] = useState("")
  const settle = useMutation({
    mutationFn: (outcome: "paid" | "failed") =>
      sdk.client.fetch(`/admin/payout-batches/${batchId}/items/${item.id}/${outcome}`, {
        method: "POST",
        body: outcome === "paid" ? { bank_reference: reference.trim() } : { reason: reason.trim() },
      }),
    onSuccess: (_, outcome) => {
      toast.success(outcome === "paid" ? "已标记付款 Marked paid" : "已标记失败，款项退回可结算 Marked failed; the money is available again")
      client.invalidateQueries({ queryKey: ["luotian-payouts"] })
    },
    onError: (error) => toast.error(`操作失败 Could not mark the item: ${errorText(error)}`),
  })
  const [label, color] = STATUS[item.status]
  const name = sellerName(item.seller, item.seller_id)
  return (
    <Table.Row>
      <Table.Cell>{name}</Table.Cell>
      <Table.Cell>
        {item.account.holder_name} · {item.account.bank_name ?? "支付宝 Alipay"} · {item.account.account_number}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{yuan(item.amount)}</Table.Cell>
      <Table.Cell>
        <Badge color={color} size="2xsmall">{label}</Badge> {item.bank_reference ?? item.failure_reason ?? ""}
      </Table.Cell>
      <Table.Cell>
        {item.status === "pending" && (
          <div className="flex flex-wrap items-center gap-2">
            <Input size="small" aria-label={`银行流水号 Bank reference · ${name}`} placeholder="银行流水号 Bank reference" value={reference} onChange={(e) => setReference(e.target.value)} />
            <Button size="small" disabled={!reference.trim() || settle.isPending} onClick={() => settle.mutate("paid")}>已付 Paid</Button>
            <Input size="small" aria-label={`失败原因 Reason · ${name}`} placeholder="失败原因 Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button size="small" variant="danger" disabled={!reason.trim() || settle.isPending} onClick={() => settle.mutate("failed")}>失败 Failed</Button>
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
