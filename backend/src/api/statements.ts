import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../modules/settlement"
import type SettlementModuleService from "../modules/settlement/service"
import type { StatementFilter } from "../modules/settlement/service"
import { withOrders } from "../modules/settlement/statement"

// The settlement module answers statements by order and seller id; the orders' numbers and the sellers' names are
// other modules', read here through query.graph.

async function graph(scope: MedusaContainer, entity: string, fields: string[], ids: string[]): Promise<any[]> {
  if (!ids.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters: { id: ids } })
  return data
}

/** The month's statements (see SettlementModuleService.monthStatements) with their orders' numbers. */
export async function monthStatements(scope: MedusaContainer, filter: StatementFilter) {
  const statements = await scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE).monthStatements(filter)
  const orderIds = [...new Set(statements.flatMap((statement) => statement.orders.map((row) => row.order_id)))]
  const orders = await graph(scope, "order", ["id", "display_id", "created_at"], orderIds)
  const byId = new Map(orders.map((order) => [order.id, order]))
  // Referral lines name their partner point and their order's number, as the sales rows do.
  const pointIds = [...new Set(statements.flatMap((statement) => statement.referrals.lines.map((line) => line.partner_point_id)))]
  const points = new Map((await graph(scope, "partner_point", ["id", "code", "name", "name_en"], pointIds)).map((point) => [point.id, point]))
  return withOrders(statements, byId).map((statement) => ({
    ...statement,
    referrals: {
      ...statement.referrals,
      lines: statement.referrals.lines.map((line) => {
        const { id: _id, ...partner } = points.get(line.partner_point_id) ?? {}
        return { ...line, display_id: byId.get(line.order_id)?.display_id ?? null, partner: points.has(line.partner_point_id) ? partner : null }
      }),
    },
  }))
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
