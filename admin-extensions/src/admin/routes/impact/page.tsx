import { type ImpactReport, TOWNS } from "@luotian/contract"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Input, Select, Text } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { PageHeader } from "../../components/page-header"
import { Failed, Loading } from "../../components/states"
import { beijing, CATEGORIES } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { ImpactCharts } from "./impact-charts"
import { L, yuanText } from "./labels"

const ALL = "all"
const monthOf = (shift: number) => {
  const d = new Date(Date.now() + 8 * 3600_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shift, 1)).toISOString().slice(0, 7)
}
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

// The association's impact dashboard: filters, headline figures, charts, and the CSV and PDF exports.
const ImpactPage = () => {
  const [from, setFrom] = useState(monthOf(-11))
  const [to, setTo] = useState(monthOf(0))
  const [town, setTown] = useState(ALL)
  const [category, setCategory] = useState(ALL)
  const query: Record<string, string> = { from, to, ...(town !== ALL && { town }), ...(category !== ALL && { category }) }
  const report = useQuery({
    queryKey: ["luotian-impact", query],
    queryFn: () => sdk.client.fetch<{ impact: ImpactReport }>("/admin/impact", { query }),
    enabled: MONTH.test(from) && MONTH.test(to) && from <= to,
  })
  const refresh = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/impact/refresh", { method: "POST", body: { from, to } }),
    onSuccess: () => report.refetch(),
  })
  const file = (name: string) => `${sdk.client.config.baseUrl.replace(/\/$/, "")}/admin/impact/${name}?${new URLSearchParams(query)}`

  return (
    <Container className="divide-y p-0" role="region" aria-label={L.title}>
      <PageHeader title={L.title} hint={L.hint}>
        <Input type="month" aria-label={L.from} value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input type="month" aria-label={L.to} value={to} onChange={(e) => setTo(e.target.value)} />
        <Select value={town} onValueChange={setTown}>
          <Select.Trigger aria-label={L.town}><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{L.town} · {L.all}</Select.Item>
            {TOWNS.map((t) => <Select.Item key={t.code} value={t.name}>{t.name} {t.name_en}</Select.Item>)}
          </Select.Content>
        </Select>
        <Select value={category} onValueChange={setCategory}>
          <Select.Trigger aria-label={L.category}><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{L.category} · {L.all}</Select.Item>
            {Object.entries(CATEGORIES).map(([handle, c]) => <Select.Item key={handle} value={handle}>{c.zh} {c.en}</Select.Item>)}
          </Select.Content>
        </Select>
        <a className="txt-compact-small-plus text-ui-fg-interactive" href={file("report.csv")} download>{L.csv}</a>
        <a className="txt-compact-small-plus text-ui-fg-interactive" href={file("report.pdf")} download>{L.pdf}</a>
        <Button size="small" variant="secondary" isLoading={refresh.isPending} onClick={() => refresh.mutate()}>{L.refresh}</Button>
      </PageHeader>
      {report.isLoading ? <Loading /> : report.error || !report.data ? (
        <Failed what={L.failed} error={report.error ?? refresh.error} />
      ) : (
        <>
          <Headline report={report.data.impact} />
          <ImpactCharts report={report.data.impact} />
        </>
      )}
    </Container>
  )
}

const Headline = ({ report }: { report: ImpactReport }) => {
  const t = report.totals
  const figures: [string, string][] = [
    [L.sales, yuanText(t.sales_fen)],
    [L.orders, String(t.orders)],
    [L.parcels, String(t.parcels)],
    [L.households, String(t.households)],
    [L.householdIncome, yuanText(t.household_income_fen)],
    [L.poor, String(t.poor_households)],
    [L.poorIncome, yuanText(t.poor_income_fen)],
  ]
  return (
    <div className="px-6 py-4">
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4" aria-label="合计 Totals">
        {figures.map(([label, value]) => (
          <div key={label} className="flex flex-col">
            <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
            <dd className="txt-large-plus tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <Text size="xsmall" className="text-ui-fg-muted mt-2">{L.refreshed} {beijing(report.refreshed_at)}</Text>
    </div>
  )
}

export const config = defineRouteConfig({ label: "成效看板 Impact", icon: ChartBar })

export default ImpactPage
