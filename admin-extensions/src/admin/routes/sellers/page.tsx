import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { SELLER_TYPES } from "../../../lib/labels"
import { Choice } from "../../components/choice"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { beijing, cleanQuery } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { Seller, SellerStatus } from "../../lib/types"
import { StatusActions } from "./status-actions"

const STATUS: Record<SellerStatus, { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "待批准 Pending", color: "orange" },
  active: { label: "正常 Active", color: "green" },
  suspended: { label: "已暂停 Suspended", color: "red" },
}
const OPTIONS = [{ value: "all", label: "全部 All" }, ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))]
const COLUMNS = ["商户 Seller", "类型 Type", "乡镇 Town", "统一社会信用代码 Credit code", "状态 Status", "注册 Registered", "操作 Action"]

const SellerRow = ({ seller: s }: { seller: Seller }) => {
  const type = SELLER_TYPES[s.type]
  return (
    <Table.Row aria-label={s.name}>
      <Table.Cell>
        <Text size="small" weight="plus">{s.name}</Text>
        <Text size="small" className="text-ui-fg-subtle">{s.name_en} · {s.handle}</Text>
      </Table.Cell>
      <Table.Cell>{type ? `${type.zh} · ${type.en}` : s.type}</Table.Cell>
      <Table.Cell>{s.town} {s.town_en}</Table.Cell>
      <Table.Cell>{s.credit_code ?? "—"}</Table.Cell>
      <Table.Cell><StatusBadge className="whitespace-nowrap" color={STATUS[s.status]?.color ?? "grey"}>{STATUS[s.status]?.label ?? s.status}</StatusBadge></Table.Cell>
      <Table.Cell>{beijing(s.created_at)}</Table.Cell>
      <Table.Cell><StatusActions seller={s} /></Table.Cell>
    </Table.Row>
  )
}

// The sellers under the county brand: the association approves new ones, suspends and reinstates.
const SellersPage = () => {
  const [status, setStatus] = useState("all")
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-sellers", status],
    queryFn: () => sdk.client.fetch<{ sellers: Seller[] }>("/admin/sellers", { query: cleanQuery({ status }) }),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="商户 · Sellers">
      <PageHeader title="商户 · Sellers" hint="合作社、龙头企业与农户 · Cooperatives, leading enterprises and households">
        <Choice label="商户状态 Seller status" value={status} onChange={setStatus} options={OPTIONS} />
      </PageHeader>
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载商户 Could not load the sellers" error={error} /> : !data.sellers.length ? (
        <Empty>没有符合条件的商户 · No sellers match</Empty>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>{data.sellers.map((s) => <SellerRow key={s.id} seller={s} />)}</Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "商户 Sellers", icon: BuildingStorefront })

export default SellersPage
