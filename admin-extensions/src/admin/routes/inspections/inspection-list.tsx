import { Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Choice } from "../../components/choice"
import { Pager } from "../../components/pager"
import { Empty, Failed, Loading } from "../../components/states"
import { beijing, categoryLabel, cleanQuery } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { attributesOf, gradeName } from "../../lib/standards"
import type { Inspection, Seller, Standard } from "../../lib/types"

const LIMIT = 50
const COLUMNS = ["质检时间 Inspected", "商户 Seller", "品类 Category", "批次 Lot", "评定等级 Grade", "标准 Standard", "测量值 Measurements", "质检员 Inspector"]

/** Recorded inspections, newest first, by seller and category. */
export const InspectionList = ({ sellers, standards }: { sellers: Seller[]; standards: Standard[] }) => {
  const [sellerId, setSellerId] = useState("all")
  const [category, setCategory] = useState("all")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-inspections", sellerId, category, offset],
    queryFn: () =>
      sdk.client.fetch<{ inspections: Inspection[]; count: number }>("/admin/inspections", {
        query: cleanQuery({ seller_id: sellerId, category, limit: LIMIT, offset }),
      }),
  })
  const sellerName = (id: string) => sellers.find((s) => s.id === id)?.name ?? id
  // Measurements in the order of the category's criteria, by their Chinese labels.
  const measured = (i: Inspection) => {
    const known = attributesOf(standards.find((s) => s.category === i.category))
    const order = known.map((c) => c.attribute)
    return Object.entries(i.measurements)
      .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
      .map(([a, v]) => [known.find((c) => c.attribute === a)?.label ?? a, v] as const)
  }
  return (
    <section aria-label="质检记录 Inspections" className="divide-y">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Choice label="按商户筛选 Filter by seller" value={sellerId} onChange={(v) => (setSellerId(v), setOffset(0))}
          options={[{ value: "all", label: "全部商户 All sellers" }, ...sellers.map((s) => ({ value: s.id, label: s.name }))]} />
        <Choice label="按品类筛选 Filter by category" value={category} onChange={(v) => (setCategory(v), setOffset(0))}
          options={[{ value: "all", label: "全部品类 All categories" }, ...standards.map((s) => ({ value: s.category, label: categoryLabel(s.category) }))]} />
      </div>
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载质检记录 Could not load the inspections" error={error} /> : !data.inspections.length ? (
        <Empty>没有质检记录 · No inspections</Empty>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
              <Table.Body>
                {data.inspections.map((i) => (
                  <Table.Row key={i.id} className="align-top [&_td]:py-3">
                    <Table.Cell className="whitespace-nowrap">{beijing(i.inspected_at)}</Table.Cell>
                    <Table.Cell>{sellerName(i.seller_id)}</Table.Cell>
                    <Table.Cell>{categoryLabel(i.category)}</Table.Cell>
                    <Table.Cell>{i.lot}</Table.Cell>
                    <Table.Cell>{gradeName(standards, i.category, i.computed_grade)}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{i.standard ? `${i.standard.code} v${i.standard.version}` : "—"}</Table.Cell>
                    <Table.Cell>
                      {measured(i).map(([label, v]) => <Text key={label} size="small" className="whitespace-nowrap">{label} {v}</Text>)}
                    </Table.Cell>
                    <Table.Cell>{i.inspector.name}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pager offset={offset} limit={LIMIT} count={data.count} onChange={setOffset} />
        </>
      )}
    </section>
  )
}
