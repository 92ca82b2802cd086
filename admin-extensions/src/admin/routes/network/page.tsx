import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import type { StationActivity } from "@luotian/contract"
import { Container, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { PageHeader } from "../../components/page-header"
import { Failed, Loading } from "../../components/states"
import { beijing } from "../../lib/format"
import { sdk } from "../../lib/sdk"

type Activity = { since: string; stations: StationActivity[] }

// The network as a tree (county hub → towns → villages), each station with this week's parcels.
const NetworkPage = () => {
  const activity = useQuery({
    queryKey: ["luotian-network"],
    queryFn: () => sdk.client.fetch<Activity>("/admin/stations/activity"),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="站点网络 · Network">
      <PageHeader title="站点网络 · Network" hint="县—镇—村服务站，本周包裹：待取 / 已到 / 已取 · The stations and this week's parcels: waiting / received / collected" />
      {activity.isLoading ? <Loading /> : activity.error || !activity.data ? (
        <Failed what="无法读取站点网络 Could not load the network" error={activity.error} />
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">本周自 Since {beijing(activity.data.since)}</Text>
          <Tree stations={activity.data.stations} />
        </div>
      )}
    </Container>
  )
}

function Tree({ stations }: { stations: StationActivity[] }) {
  const children = (id: string | null) => stations.filter((s) => s.parent_id === id)
  const node = (s: StationActivity): React.ReactNode => (
    <li key={s.id} className="mt-1">
      <StationLine station={s} />
      {children(s.id).length > 0 && <ul className="ml-6 border-l pl-3">{children(s.id).map(node)}</ul>}
    </li>
  )
  return <ul aria-label="站点树 Station tree">{children(null).map(node)}</ul>
}

const KIND: Record<string, string> = { county_hub: "县 Hub", town: "镇 Town", village: "村 Village" }

const StationLine = ({ station: s }: { station: StationActivity }) => (
  <div className="flex flex-wrap items-center gap-2 txt-compact-small">
    <span className="font-medium">{s.name}</span>
    <span className="text-ui-fg-subtle">{s.code} · {KIND[s.kind] ?? s.kind}</span>
    {s.status !== "active" && <StatusBadge color="red">已暂停 Suspended</StatusBadge>}
    <span aria-label={`待取 ${s.waiting} · 已到 ${s.received} · 已取 ${s.collected}`} className="text-ui-fg-subtle">
      待取 Waiting {s.waiting} · 已到 Received {s.received} · 已取 Collected {s.collected}
    </span>
  </div>
)

export const config = defineRouteConfig({ label: "站点网络 Network", icon: Buildings })

export default NetworkPage
