import { Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Empty, Failed, Loading } from "../../components/states"
import { sdk } from "../../lib/sdk"
import type { RecallLot } from "./types"
import { Withdraw } from "./withdraw"

const SHIPMENT_COLUMNS = ["卖家订单 Seller order", "下单 Placed", "规格 Size", "本批件数 Packs", "退回 Returned", "状态 Status"]
const PURCHASE_COLUMNS = ["买家订单 Purchase", "下单 Placed", "卖家订单 Seller orders", "本批件数 Packs"]

// The buyers' export downloads with the admin's session cookie, on the backend's origin; each one is audited.
const buyersUrl = (id: string) => `${import.meta.env.VITE_BACKEND_URL || ""}/admin/lots/${id}/buyers.csv`
const day = (iso: string) => iso.slice(0, 10)

/** One lot in a recall: every parcel shipped from it, the purchases they belong to, the buyers' export, withdrawal. */
export const LotRecall = ({ id }: { id: string }) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-lots", id],
    queryFn: () => sdk.client.fetch<RecallLot>(`/admin/lots/${id}`),
  })
  if (isLoading) return <Loading />
  if (error || !data) return <Failed what="无法加载批次 Could not load the lot" error={error} />
  const { lot, shipments, purchases } = data
  return (
    <div className="divide-y">
      <div className="flex flex-col gap-1 px-6 py-4">
        <Heading level="h2">{lot.code} · {lot.product.title} · {lot.seller?.name} {lot.seller?.name_en}</Heading>
        <Text size="small">
          {lot.status === "withdrawn" ? <StatusBadge color="red">已召回 Withdrawn</StatusBadge> : <StatusBadge color="green">在售 Active</StatusBadge>}{" "}
          采收 Produced {lot.produced_on} · 未入库 Not yet received {lot.remaining} {lot.unit}
        </Text>
        {lot.withdrawal && (
          <Text size="small" className="text-ui-fg-error" role="status">
            {day(lot.withdrawal.withdrawn_at)} 召回 withdrawn · 原因 Reason: {lot.withdrawal.reason}
          </Text>
        )}
        <a className="text-ui-fg-interactive txt-compact-small self-start" href={buyersUrl(lot.id)} download>
          导出买家联系名单（CSV，记入审计日志） Export the buyers to contact (CSV, audited)
        </a>
      </div>
      <div className="px-6 py-4">
        <Heading level="h3">已发出的包裹 Parcels shipped ({shipments.length})</Heading>
        {shipments.length ? (
          <Table>
            <Table.Header><Table.Row>{SHIPMENT_COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>
              {shipments.map((s) => (
                <Table.Row key={s.line_item_id}>
                  <Table.Cell>#{s.display_id}</Table.Cell>
                  <Table.Cell>{day(s.placed_at)}</Table.Cell>
                  <Table.Cell>{s.variant_title ?? s.title}</Table.Cell>
                  <Table.Cell>{s.quantity}</Table.Cell>
                  <Table.Cell>{s.returned}</Table.Cell>
                  <Table.Cell>{s.status}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : <Empty>本批次还没有发出包裹 · Nothing shipped from this lot yet</Empty>}
      </div>
      <div className="px-6 py-4">
        <Heading level="h3">买家订单 Purchases ({purchases.length})</Heading>
        {purchases.length > 0 && (
          <Table>
            <Table.Header><Table.Row>{PURCHASE_COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>
              {purchases.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>#{p.display_id}</Table.Cell>
                  <Table.Cell>{day(p.placed_at)}</Table.Cell>
                  <Table.Cell>{p.seller_orders.map((n) => `#${n}`).join(" ")}</Table.Cell>
                  <Table.Cell>{p.quantity}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      {lot.status === "active" && <Withdraw lotId={lot.id} code={lot.code} />}
    </div>
  )
}
