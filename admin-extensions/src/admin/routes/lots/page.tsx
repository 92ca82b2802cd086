import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Input, StatusBadge, Table } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { sdk } from "../../lib/sdk"
import { LotRecall } from "./lot-recall"
import type { FoundLot } from "./types"

const COLUMNS = ["批次 Lot", "商品 Product", "商户 Seller", "采收 Produced", "状态 Status", ""]

// Recalls: the association finds a lot by its printed code across all sellers, sees every parcel shipped from it and
// the purchases they belong to, exports the buyers to contact, and withdraws it.
const RecallPage = () => {
  const [typed, setTyped] = useState("")
  const [code, setCode] = useState("")
  const [chosen, setChosen] = useState<string | null>(null)
  const found = useQuery({
    queryKey: ["luotian-lots", "search", code],
    queryFn: () => sdk.client.fetch<{ lots: FoundLot[] }>("/admin/lots", { query: { q: code } }),
    enabled: code.length >= 2,
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="召回 · Recall">
      <PageHeader title="召回 · Recall" hint="按批次号查找包裹与买家，导出联系名单，召回批次 · Find a lot's parcels and buyers, export them, withdraw the lot">
        <form
          className="flex gap-2"
          role="search"
          onSubmit={(e) => {
            e.preventDefault()
            setChosen(null)
            setCode(typed.trim().toUpperCase())
          }}
        >
          <Input aria-label="批次号 Lot code" placeholder="SL-2026-0412-03" value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={20} />
          <Button size="small" type="submit" disabled={typed.trim().length < 2}>查找 Find</Button>
        </form>
      </PageHeader>
      {!code ? null : found.isLoading ? <Loading /> : found.error || !found.data ? (
        <Failed what="无法查找批次 Could not look the lot up" error={found.error} />
      ) : !found.data.lots.length ? (
        <Empty>没有批次号以 {code} 开头 · No lot code starts with {code}</Empty>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>
              {found.data.lots.map((lot) => (
                <Table.Row key={lot.id} aria-selected={lot.id === chosen}>
                  <Table.Cell>{lot.code}</Table.Cell>
                  <Table.Cell>{lot.product.title}</Table.Cell>
                  <Table.Cell>{lot.seller?.name} {lot.seller?.name_en}</Table.Cell>
                  <Table.Cell>{lot.produced_on}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={lot.status === "withdrawn" ? "red" : "green"}>{lot.status === "withdrawn" ? "已召回 Withdrawn" : "在售 Active"}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    <Button size="small" variant="secondary" onClick={() => setChosen(lot.id)}>查看 Open</Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {chosen && <LotRecall id={chosen} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "召回 Recall", icon: ExclamationCircle })

export default RecallPage
