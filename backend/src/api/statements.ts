import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { monthRange } from "../lib/settlement/month"
import { buildStatement, entryView, groupBy, monthTotals, type OrderInfo, type Statement } from "../lib/settlement/statement"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"

const settlementOf = (scope: MedusaContainer) => scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)

async function graph(scope: MedusaContainer, entity: string, fields: string[], ids: string[]): Promise<any[]> {
  if (!ids.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters: { id: ids } })
  return data
}

/** A seller's months with their totals, newest first. */
export async function sellerMonths(scope: MedusaContainer, seller_id: string) {
  const records = await settlementOf(scope).listSettlementEntries({ seller_id }, { order: { occurred_at: "ASC" } })
  return monthTotals(records.map(entryView))
}

type StatementFilter = { month: string; currency_code: string; seller_id?: string }

/** The month's statements in one currency: the one seller asked for, or every seller with entries that month. */
export async function monthStatements(scope: MedusaContainer, { month, currency_code, seller_id }: StatementFilter) {
  const settlement = settlementOf(scope)
  const { from, to } = monthRange(month)
  const records = await settlement.listSettlementEntries(
    { occurred_at: { $gte: from, $lt: to }, currency_code, ...(seller_id ? { seller_id } : {}) },
    { order: { occurred_at: "ASC", id: "ASC" } }
  )
  const entries = records.map(entryView)
  const orderIds = [...new Set(entries.map((entry) => entry.order_id))]
  const orders = new Map<string, OrderInfo>(
    (await graph(scope, "order", ["id", "display_id", "created_at"], orderIds)).map((order) => [order.id, order])
  )
  const bySeller = groupBy(entries, (entry) => entry.seller_id)
  return (seller_id ? [seller_id] : [...bySeller.keys()]).map((id) =>
    buildStatement({ seller_id: id, month, currency_code }, bySeller.get(id) ?? [], orders, settlement.feeRate())
  )
}

/**
 * A statement as its seller reads it: without the buyers' purchase ids (the association's statements keep them), which
 * would let a seller look for the other sellers' parts of a purchase.
 */
export function sellerStatement(statement: Statement) {
  return { ...statement, orders: statement.orders.map(({ purchase_order_id: _purchase, ...row }) => row) }
}

/** Every statement of the month with its seller's names, for the association; an unknown seller is a 404. */
export async function namedStatements(scope: MedusaContainer, filter: StatementFilter) {
  const statements = await monthStatements(scope, filter)
  const ids = filter.seller_id ? [filter.seller_id] : statements.map((s) => s.seller_id)
  const sellers = new Map((await graph(scope, "seller", ["id", "handle", "name", "name_en"], ids)).map((s) => [s.id, s]))
  if (filter.seller_id && !sellers.has(filter.seller_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${filter.seller_id} was not found`)
  }
  return statements
    .map((statement) => ({ ...statement, seller: sellers.get(statement.seller_id) ?? null }))
    .sort((a, b) => (a.seller?.handle ?? a.seller_id).localeCompare(b.seller?.handle ?? b.seller_id))
}

export function sendCsv(res: MedusaResponse, filename: string, body: string) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.send(body)
}
