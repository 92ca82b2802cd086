import type { SavingsReport, SavingsRow } from "@luotian/contract"
import { Heading, Input, Table } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Empty, Failed, Loading } from "../../components/states"
import { sdk } from "../../lib/sdk"

const COLUMNS = ["", "件数 Parcels", "车次 Runs", "重量 kg", "快递费 Courier ¥", "车次成本 Runs ¥", "节省 Saved ¥"]
const monthStart = () => `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)}-01`
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

// What the runs saved against a courier per parcel (the association's rates), by day and by month.
export const Savings = () => {
  const [from, setFrom] = useState(monthStart())
  const [to, setTo] = useState(today())
  const report = useQuery({
    queryKey: ["luotian-route-savings", from, to],
    queryFn: () => sdk.client.fetch<SavingsReport>("/admin/route-runs/savings", { query: { from, to } }),
    enabled: !!from && !!to && from <= to,
  })
  return (
    <section className="px-6 py-4" aria-label="节省 · Savings">
      <div className="flex flex-wrap items-center gap-3">
        <Heading level="h2">节省 · Savings</Heading>
        <Input type="date" aria-label="从 From" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input type="date" aria-label="到 To" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {report.isLoading ? <Loading /> : report.error || !report.data ? (
        <Failed what="无法读取节省报告 Could not load the savings" error={report.error} />
      ) : !report.data.days.length ? (
        <Empty>这段时间没有车次 · No runs in this span</Empty>
      ) : (
        <Table>
          <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
          <Table.Body>
            {report.data.months.map((m) => <Line key={m.month} label={`${m.month} 月 Month`} row={m} />)}
            {report.data.days.map((d) => <Line key={d.day} label={d.day} row={d} />)}
            <Line label="合计 Total" row={report.data.total} />
          </Table.Body>
        </Table>
      )}
    </section>
  )
}

const Line = ({ label, row }: { label: string; row: SavingsRow }) => (
  <Table.Row>
    <Table.Cell>{label}</Table.Cell>
    <Table.Cell>{row.parcels}</Table.Cell>
    <Table.Cell>{row.runs}</Table.Cell>
    <Table.Cell>{row.kg}</Table.Cell>
    <Table.Cell>{row.courier}</Table.Cell>
    <Table.Cell>{row.runs_cost}</Table.Cell>
    <Table.Cell>{row.saved}</Table.Cell>
  </Table.Row>
)
