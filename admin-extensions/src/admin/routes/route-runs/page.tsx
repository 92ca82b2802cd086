import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import type { RouteRun } from "@luotian/contract"
import { Button, Container, Input, StatusBadge, Table, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { errorText } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { Savings } from "./savings"

const COLUMNS = ["线路 Run", "状态 Status", "件数 Parcels", "重量 kg", "站点 Stops", "清单 Manifest"]
const STATUS: Record<string, [string, "grey" | "orange" | "green"]> = {
  planned: ["已规划 Planned", "grey"], under_way: ["在途 Under way", "orange"], done: ["已完成 Done", "green"],
}
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const manifest = (id: string, ext: string) => `${import.meta.env.VITE_BACKEND_URL || ""}/admin/route-runs/${id}/manifest.${ext}`

// A day's route runs: plan them (again), see their stops and loads, download their manifests; and the savings report.
const RouteRunsPage = () => {
  const [day, setDay] = useState(today())
  const client = useQueryClient()
  const runs = useQuery({
    queryKey: ["luotian-route-runs", day],
    queryFn: () => sdk.client.fetch<{ runs: RouteRun[] }>("/admin/route-runs", { query: { day } }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(day),
  })
  const plan = useMutation({
    mutationFn: () => sdk.client.fetch<{ runs: RouteRun[] }>("/admin/route-runs/plan", { method: "POST", body: { day } }),
    onSuccess: (data) => {
      client.setQueryData(["luotian-route-runs", day], data)
      toast.success(`已规划 ${data.runs.length} 趟 · Planned ${data.runs.length} runs`)
    },
    onError: (error) => toast.error(errorText(error)),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="线路 · Route runs">
      <PageHeader title="线路 · Route runs" hint="每天把县内包裹合并成车次，替代逐件快递 · Each day's parcels grouped into runs instead of a courier per parcel">
        <Input type="date" aria-label="日期 Day" value={day} onChange={(e) => setDay(e.target.value)} />
        <Button size="small" onClick={() => plan.mutate()} isLoading={plan.isPending}>规划 Plan</Button>
      </PageHeader>
      {runs.isLoading ? <Loading /> : runs.error || !runs.data ? (
        <Failed what="无法读取线路 Could not load the runs" error={runs.error} />
      ) : !runs.data.runs.length ? (
        <Empty>这一天没有车次 · No runs this day</Empty>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>{runs.data.runs.map((run) => <RunRow key={run.id} run={run} />)}</Table.Body>
          </Table>
        </div>
      )}
      <Savings />
    </Container>
  )
}

const RunRow = ({ run }: { run: RouteRun }) => {
  const [label, color] = STATUS[run.status] ?? [run.status, "grey"]
  return (
    <Table.Row>
      <Table.Cell>{run.town} 第{run.number}趟 #{run.number}</Table.Cell>
      <Table.Cell><StatusBadge color={color}>{label}</StatusBadge></Table.Cell>
      <Table.Cell>{run.parcels} / {run.capacity.parcels}</Table.Cell>
      <Table.Cell>{run.kg} / {run.capacity.kg}</Table.Cell>
      <Table.Cell>{run.stops.map((s) => `${s.done_at ? "✓" : ""}${s.station.name}`).join(" → ")}</Table.Cell>
      <Table.Cell>
        <a className="text-ui-fg-interactive txt-compact-small mr-3" href={manifest(run.id, "pdf")} download>PDF</a>
        <a className="text-ui-fg-interactive txt-compact-small" href={manifest(run.id, "csv")} download>CSV</a>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({ label: "线路 Route runs", icon: TruckFast })

export default RouteRunsPage
