import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { PageHeader } from "../../components/page-header"
import { Empty, Failed, Loading } from "../../components/states"
import { yuan } from "../../lib/format"
import type { PartnerPoint } from "@luotian/contract"
import { sdk } from "../../lib/sdk"
import { MonthChart } from "./month-chart"

// The store's shape of a point, with what only the association sees.
type Partner = Omit<PartnerPoint, "story" | "story_en"> & {
  id: string
  referral_rate: string
  active: boolean
  products: { id: string; title: string }[]
  scans: number
  purchases: number
  seller_orders: number
  referral_totals: Record<string, string>
}

const KINDS: Record<Partner["kind"], string> = { scenic_spot: "景区 Scenic spot", guesthouse: "民宿 Guesthouse", venue: "合作点 Venue" }
const COLUMNS = ["合作点 Point", "类型 Kind", "乡镇 Town", "货架 Shelf", "扫码 Scans", "购买 Purchases", "转化 Conversion", "推荐费率 Referral rate", "推荐费 Referrals", "状态 Status", "印刷 Print"]

// The admin's session cookie goes with a plain link on the backend's origin: the PDF downloads as it is.
const posterUrl = (id: string, format: "poster" | "card") => `${import.meta.env.VITE_BACKEND_URL || ""}/admin/partners/${id}/poster?format=${format}`

// Purchases per scan: how often a tasting turned into an order.
const conversion = (p: Partner) => (p.scans ? `${((100 * p.purchases) / p.scans).toFixed(1)} %` : "—")
const percent = (rate: string) => `${(Number(rate) * 100).toFixed(2).replace(/\.?0+$/, "")} %`
const referrals = (totals: Record<string, string>) =>
  Object.entries(totals).map(([currency, amount]) => (currency === "cny" ? yuan(amount) : `${amount} ${currency.toUpperCase()}`)).join(" · ") || "—"

const PartnerRow = ({ partner: p }: { partner: Partner }) => (
  <Table.Row aria-label={p.name}>
    <Table.Cell>
      <Text size="small" weight="plus">{p.name}</Text>
      <Text size="small" className="text-ui-fg-subtle">{p.name_en} · /p/{p.code}</Text>
    </Table.Cell>
    <Table.Cell>{KINDS[p.kind] ?? p.kind}</Table.Cell>
    <Table.Cell>{p.town} {p.town_en}</Table.Cell>
    <Table.Cell>{p.products.filter(Boolean).length}</Table.Cell>
    <Table.Cell>{p.scans}</Table.Cell>
    <Table.Cell>{p.purchases}</Table.Cell>
    <Table.Cell>{conversion(p)}</Table.Cell>
    <Table.Cell>{percent(p.referral_rate)}</Table.Cell>
    <Table.Cell>{referrals(p.referral_totals)}</Table.Cell>
    <Table.Cell>
      <StatusBadge color={p.active ? "green" : "grey"}>{p.active ? "启用 Active" : "停用 Inactive"}</StatusBadge>
    </Table.Cell>
    <Table.Cell>
      <a className="text-ui-fg-interactive" href={posterUrl(p.id, "poster")} download>海报 Poster</a>
      {" · "}
      <a className="text-ui-fg-interactive" href={posterUrl(p.id, "card")} download>桌卡 Table card</a>
    </Table.Cell>
  </Table.Row>
)

// Scenic spots, guesthouses and venues whose QR codes sell the county's products: scans, purchases and referrals.
const PartnersPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-partners"],
    queryFn: () => sdk.client.fetch<{ partners: Partner[] }>("/admin/partners"),
  })
  return (
    <Container className="divide-y p-0" role="region" aria-label="合作点 · Partner points">
      <PageHeader title="合作点 · Partner points" hint="景区与民宿的扫码销售 · Sales from scenic spots' and guesthouses' QR codes" />
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载合作点 Could not load the partner points" error={error} /> : !data.partners.length ? (
        <Empty>还没有合作点 · No partner points yet</Empty>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header><Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row></Table.Header>
            <Table.Body>{data.partners.map((p) => <PartnerRow key={p.id} partner={p} />)}</Table.Body>
          </Table>
        </div>
      )}
      <MonthChart />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "合作点 Partner points", icon: MapPin })

export default PartnersPage
