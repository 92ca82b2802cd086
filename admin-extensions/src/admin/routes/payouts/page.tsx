import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Button, Container, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { beijing, errorText, yuan } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { BatchCard } from "./batch-card"
import { sellerName, type Balances, type Batch, type Reconciliation } from "./types"

const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
const FIGURES = [["pending", "待结算 Pending"], ["on_hold", "暂缓 On hold"], ["available", "可结算 Available"], ["paid_out", "已打款 Paid out"]] as const

// The association's payouts: every seller's balance, the holds, the payout batches (create, export, mark paid or
// failed) and the month's reconciliation of balances with statements.
const PayoutsPage = () => {
  const client = useQueryClient()
  const balances = useQuery({ queryKey: ["luotian-payouts", "balances"], queryFn: () => sdk.client.fetch<Balances>("/admin/payout-balances") })
  const batches = useQuery({ queryKey: ["luotian-payouts", "batches"], queryFn: () => sdk.client.fetch<{ batches: Batch[] }>("/admin/payout-batches") })
  // One key per intended batch: a retry after a lost answer (or a double click) answers the same batch.
  const [key, setKey] = useState(() => crypto.randomUUID())
  const create = useMutation({
    mutationFn: () => sdk.client.fetch<{ batch: Batch }>("/admin/payout-batches", { method: "POST", body: { idempotency_key: key } }),
    onSuccess: ({ batch }) => {
      toast.success(`已生成付款批次 Batch created: ${yuan(batch.total)}`)
      setKey(crypto.randomUUID())
      client.invalidateQueries({ queryKey: ["luotian-payouts"] })
    },
    onError: (error) => toast.error(`无法生成批次 Could not create a batch: ${errorText(error)}`),
  })
  const settings = balances.data?.settings
  return (
    <Container className="divide-y p-0" role="region" aria-label="商户结算 · Seller payouts">
      <PageHeader
        title="商户结算 · Seller payouts"
        hint={settings && `发货 ${settings.release_after_days} 天后自动确认收货；可结算满 ${yuan(settings.minimum_payout)} 进入批次 · Auto-confirmed ${settings.release_after_days} days after shipment; batches pay balances of at least ${yuan(settings.minimum_payout)}`}
      >
        <Button size="small" isLoading={create.isPending} onClick={() => create.mutate()}>生成付款批次 · Create payout batch</Button>
      </PageHeader>
      {balances.isLoading ? <Loading /> : balances.isError || !balances.data ? <Failed what="无法加载余额 Could not load the balances" error={balances.error} /> : <BalanceTable data={balances.data} />}
      {balances.data && <HoldList data={balances.data} />}
      <Reconcile />
      <div role="region" aria-label="付款批次 Payout batches">
        <Text weight="plus" className="px-6 pt-4">付款批次 · Payout batches</Text>
        {batches.isLoading ? <Loading /> : batches.isError || !batches.data ? <Failed what="无法加载批次 Could not load the batches" error={batches.error} />
          : !batches.data.batches.length ? <Empty>还没有付款批次 · No batches yet</Empty>
          : batches.data.batches.map((batch) => <BatchCard key={batch.id} batch={batch} />)}
      </div>
    </Container>
  )
}

const BalanceTable = ({ data }: { data: Balances }) =>
  !data.balances.length ? (
    <Empty>还没有商户余额 · No seller balances yet</Empty>
  ) : (
    <Table aria-label="商户余额 Seller balances">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>商户 Seller</Table.HeaderCell>
          {FIGURES.map(([, label]) => <Table.HeaderCell key={label} className="text-right">{label}</Table.HeaderCell>)}
          <Table.HeaderCell>收款账户 Account</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.balances.map((row) => (
          <Table.Row key={row.seller_id}>
            <Table.Cell>{sellerName(row.seller, row.seller_id)}</Table.Cell>
            {FIGURES.map(([figure]) => <Table.Cell key={figure} className="text-right tabular-nums">{yuan(row[figure])}</Table.Cell>)}
            <Table.Cell>{row.account ? `${row.account.holder_name} · ${row.account.account_number}` : "未设置 None"}</Table.Cell>
          </Table.Row>
        ))}
        <Table.Row className="font-medium">
          <Table.Cell>合计 Total</Table.Cell>
          {FIGURES.map(([figure]) => <Table.Cell key={figure} className="text-right tabular-nums">{yuan(data.totals[figure])}</Table.Cell>)}
          <Table.Cell />
        </Table.Row>
      </Table.Body>
    </Table>
  )

/** Open holds with their release, and a form to hold a seller order's money (a dispute). */
const HoldList = ({ data }: { data: Balances }) => {
  const client = useQueryClient()
  const [order, setOrder] = useState("")
  const [reason, setReason] = useState("")
  const done = (what: string) => () => {
    toast.success(what)
    client.invalidateQueries({ queryKey: ["luotian-payouts"] })
  }
  const hold = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/seller-orders/${encodeURIComponent(order.trim())}/hold`, { method: "POST", body: { reason: reason.trim() } }),
    onSuccess: done("已暂缓结算 Held"),
    onError: (error) => toast.error(`无法暂缓 Could not hold: ${errorText(error)}`),
  })
  const release = useMutation({
    mutationFn: (orderId: string) => sdk.client.fetch(`/admin/seller-orders/${orderId}/release-hold`, { method: "POST", body: {} }),
    onSuccess: done("已解除暂缓 Hold released"),
    onError: (error) => toast.error(`无法解除 Could not release: ${errorText(error)}`),
  })
  return (
    <div className="px-6 py-4" role="region" aria-label="暂缓结算 Holds">
      <Text weight="plus">暂缓结算 · Holds</Text>
      {data.holds.map((h) => (
        <div key={h.id} className="flex flex-wrap items-center gap-3 py-1">
          <Text size="small">{sellerName(h.seller, h.seller_id)} · {h.order_id} · {h.reason} · {beijing(h.created_at)}</Text>
          <Button size="small" variant="secondary" onClick={() => release.mutate(h.order_id)}>解除 Release</Button>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-2 pt-2">
        <Input size="small" aria-label="商户订单 ID Seller order id" placeholder="order_…" value={order} onChange={(e) => setOrder(e.target.value)} />
        <Input size="small" aria-label="原因 Reason" placeholder="原因 Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button size="small" variant="secondary" disabled={!order.trim() || !reason.trim() || hold.isPending} onClick={() => hold.mutate()}>暂缓 Hold</Button>
      </div>
    </div>
  )
}

/** The month's statements (net less referrals) beside what moved into sellers' balances: both numbers, and whether they agree. */
const Reconcile = () => {
  const [month, setMonth] = useState(thisMonth())
  const { data, isError, error } = useQuery({
    queryKey: ["luotian-payouts", "reconciliation", month],
    queryFn: () => sdk.client.fetch<Reconciliation>("/admin/payout-reconciliation", { query: { month } }),
    enabled: /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  })
  return (
    <div className="flex flex-wrap items-center gap-4 px-6 py-4" role="region" aria-label="对账 Reconciliation">
      <Text weight="plus">对账 · Reconciliation</Text>
      <Input type="month" size="small" aria-label="月份 Month" value={month} onChange={(e) => setMonth(e.target.value)} />
      {isError ? <Failed what="无法对账 Could not reconcile" error={error} /> : data && (
        <Text size="small">
          对账单应付 Statements payable {yuan(data.statements.payable)} (净额 net {yuan(data.statements.net)} − 推荐费 referrals {yuan(data.statements.referrals)}) ·
          余额变动 Balance movements {yuan(data.balances.net)} · 本月批次 Batched {yuan(data.balances.batched)} ·{" "}
          <span className={data.reconciled ? "text-ui-fg-interactive" : "text-ui-fg-error"}>{data.reconciled ? "一致 Reconciled" : "不一致 Mismatch"}</span>
        </Text>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "商户结算 Payouts", icon: CurrencyDollar })

export default PayoutsPage
