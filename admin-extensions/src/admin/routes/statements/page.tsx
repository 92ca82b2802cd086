import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Figures = { gross: string; fee: string; refunds: string; net: string }
type Statement = {
  seller_id: string
  seller: { name: string; name_en: string } | null
  orders: unknown[]
  totals: Figures
  fee_rate: string | null
}
type Month = { month: string; currency_code: string; statements: Statement[]; totals: Figures }

// Statements run by calendar month in Beijing time (UTC+8), as the backend counts them.
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
const COLUMNS: [keyof Figures, string][] = [
  ["gross", "销售额 Gross"],
  ["fee", "平台服务费 Fee"],
  ["refunds", "退款 Refunds"],
  ["net", "结算净额 Net"],
]

const Amounts = ({ figures }: { figures: Figures }) => (
  <>
    {COLUMNS.map(([key]) => (
      <Table.Cell key={key} className="text-right tabular-nums">{figures[key]}</Table.Cell>
    ))}
  </>
)

// The association's monthly statements: each seller's gross, platform fee, refunds and net, with the CSV export.
const StatementsPage = () => {
  const [month, setMonth] = useState(thisMonth())
  const [currency, setCurrency] = useState("cny")
  const { data, isLoading, isError } = useQuery({
    queryKey: ["luotian-statements", month, currency],
    queryFn: () => sdk.client.fetch<Month>("/admin/statements", { query: { month, currency_code: currency } }),
    enabled: /^\d{4}-(0[1-9]|1[0-2])$/.test(month),
  })
  const csv = `${sdk.client.config.baseUrl.replace(/\/$/, "")}/admin/statements/${month}/csv?currency_code=${currency}`

  return (
    <Container className="divide-y p-0" role="region" aria-label="结算对账 · Statements">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">结算对账 · Monthly statements</Heading>
        <div className="flex items-center gap-3">
          <Input type="month" aria-label="月份 Month" value={month} onChange={(e) => setMonth(e.target.value)} />
          <Select value={currency} onValueChange={setCurrency}>
            <Select.Trigger aria-label="币种 Currency"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="cny">CNY 人民币</Select.Item>
              <Select.Item value="usd">USD 美元</Select.Item>
            </Select.Content>
          </Select>
          <a className="txt-compact-small-plus text-ui-fg-interactive" href={csv} download>
            下载 CSV · Download CSV
          </a>
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4" size="small">加载中… Loading…</Text>
      ) : isError || !data ? (
        <Text className="px-6 py-4 text-ui-fg-error" size="small">无法加载对账单 · Could not load the statements</Text>
      ) : !data.statements.length ? (
        <Text className="px-6 py-4" size="small">本月没有结算记录 · No sales or refunds this month</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>商户 Seller</Table.HeaderCell>
              <Table.HeaderCell className="text-right">订单 Orders</Table.HeaderCell>
              <Table.HeaderCell className="text-right">费率 Rate</Table.HeaderCell>
              {COLUMNS.map(([key, label]) => (
                <Table.HeaderCell key={key} className="text-right">{label}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.statements.map((s) => (
              <Table.Row key={s.seller_id}>
                <Table.Cell>
                  {s.seller ? `${s.seller.name} · ${s.seller.name_en}` : s.seller_id}
                </Table.Cell>
                <Table.Cell className="text-right">{s.orders.length}</Table.Cell>
                <Table.Cell className="text-right">{s.fee_rate === null ? "—" : `${+(Number(s.fee_rate) * 100).toFixed(4)} %`}</Table.Cell>
                <Amounts figures={s.totals} />
              </Table.Row>
            ))}
            <Table.Row className="font-medium">
              <Table.Cell>合计 Total ({data.currency_code.toUpperCase()})</Table.Cell>
              <Table.Cell className="text-right">{data.statements.reduce((n, s) => n + s.orders.length, 0)}</Table.Cell>
              <Table.Cell />
              <Amounts figures={data.totals} />
            </Table.Row>
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "结算对账 Statements", icon: Cash })

export default StatementsPage
