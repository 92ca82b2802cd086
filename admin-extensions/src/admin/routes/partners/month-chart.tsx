import { Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { PartnerMonth } from "@luotian/contract"
import { Failed, Loading } from "../../components/states"
import { yuan } from "../../lib/format"
import { sdk } from "../../lib/sdk"

type Totals = Omit<PartnerMonth, "month">
type PointMonths = { id: string; code: string; name: string; name_en: string; months: PartnerMonth[]; totals: Totals }

const money = (totals: Record<string, string>) =>
  Object.entries(totals).map(([currency, amount]) => (currency === "cny" ? yuan(amount) : `${amount} ${currency.toUpperCase()}`)).join(" · ") || "—"
const percent = (ratio: string | null) => (ratio === null ? "—" : `${(Number(ratio) * 100).toFixed(1)} %`)
// The bars' heights only: the figures beside them are the API's exact amounts.
const cny = (month: PartnerMonth) => Number(month.sales.cny ?? 0)

/**
 * Sales per spot by month (the last twelve, in yuan): a row of CSS bars per point that sold, on one scale, with the
 * range's conversion and referral totals beside them. Each bar's exact figures are in its title and its label.
 */
export function MonthChart() {
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-partner-months"],
    queryFn: () => sdk.client.fetch<{ months: string[]; partners: PointMonths[] }>("/admin/partners/months"),
  })
  if (isLoading) return <Loading />
  if (error || !data) return <Failed what="无法加载月度数据 Could not load the months" error={error} />
  const selling = data.partners.filter((p) => p.totals.seller_orders > 0 || p.totals.scans > 0)
  const most = Math.max(1, ...selling.flatMap((p) => p.months.map(cny)))
  return (
    <section className="px-6 py-4" aria-labelledby="partner-months-title">
      <Heading level="h2" id="partner-months-title">各合作点月度销售 · Sales per point by month</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {data.months[0]} – {data.months[data.months.length - 1]} · 转化 = 购买 ÷ 扫码 · Conversion = purchases ÷ scans
      </Text>
      {!selling.length ? (
        <Text className="mt-4">还没有扫码或销售 · No scans or sales yet</Text>
      ) : (
        <ul className="mt-4 flex flex-col gap-y-3">
          {selling.map((p) => (
            <li key={p.id} className="grid grid-cols-[12rem_1fr_16rem] items-end gap-x-4" aria-label={p.name}>
              <Text size="small" weight="plus">{p.name} <span className="text-ui-fg-subtle">{p.name_en}</span></Text>
              <ol className="flex h-16 items-end gap-x-1 border-b border-ui-border-base" aria-label={`${p.name} 月销售 · sales by month`}>
                {p.months.map((m) => (
                  <li key={m.month} className="flex h-full flex-1 items-end" title={`${m.month}: ${money(m.sales)} · ${m.purchases} / ${m.scans}`}>
                    <span className="block w-full bg-ui-fg-interactive" style={{ height: `${(cny(m) / most) * 100}%`, minHeight: cny(m) ? 2 : 0 }} />
                    <span className="sr-only">{`${m.month}: ${money(m.sales)}`}</span>
                  </li>
                ))}
              </ol>
              <Text size="small">
                {money(p.totals.sales)} · {p.totals.purchases}/{p.totals.scans} = {percent(p.totals.conversion)} · 推荐费 Referrals {money(p.totals.referrals)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
