import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { money } from "../../../../modules/settlement/money"
import type { OwnOrdersQuery } from "../../validators"
import { currentPoint } from "../current-point"

/**
 * The purchases the point brought, newest first: the buyer's order number, when, how much and its state. Never who
 * bought, nor where it goes: a point's owner sees no buyer's personal data.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { point } = await currentPoint(req)
  const { limit, offset } = req.validatedQuery as unknown as OwnOrdersQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [linked] } = await query.graph({
    entity: "partner_point",
    fields: ["orders.id", "orders.purchase.id"],
    filters: { id: point.id },
  })
  const purchaseIds = ((linked as any)?.orders ?? []).filter((order: any) => order?.purchase).map((order: any) => order.id as string)
  if (!purchaseIds.length) return res.json({ orders: [], count: 0, limit, offset })
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: ["display_id", "created_at", "currency_code", "total", "status"],
    filters: { id: purchaseIds },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    orders: orders.map((order: any) => ({
      display_id: order.display_id,
      placed_at: order.created_at,
      currency_code: order.currency_code,
      total: money(order.total),
      status: order.status,
    })),
    count: metadata?.count ?? purchaseIds.length,
    limit,
    offset,
  })
}
