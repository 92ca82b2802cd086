import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact, saleFee, toFen } from "../../../lib/settlement/money"
import { entryView } from "../../../lib/settlement/statement"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type SellerOrderRef = { order_id: string; seller_id: string; purchase_order_id: string }

// The sale of each seller order just created: its total as the buyer pays it (shipping included once the seller order
// carries it), in fen, and the platform fee at today's rate. An order recorded before is left as it is.
export const recordSalesStep = createStep(
  "record-seller-sales",
  async (refs: SellerOrderRef[], { container }) => {
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const ids = refs.map((ref) => ref.order_id)
    if (!ids.length) return new StepResponse([], [])
    const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "currency_code", "created_at", "total"],
      filters: { id: ids },
    })
    const recorded = new Set(
      (await settlement.listSettlementEntries({ order_id: ids, kind: "sale" }, { select: ["order_id"] })).map((e) => e.order_id)
    )
    const rate = settlement.feeRate()
    const sales = refs
      .filter((ref) => !recorded.has(ref.order_id))
      .map(({ order_id, seller_id, purchase_order_id }) => {
        const order: any = orders.find((o: any) => o.id === order_id)
        if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${order_id} was not found`)
        const gross = toFen(order.total)
        return {
          seller_id,
          order_id,
          purchase_order_id,
          kind: "sale" as const,
          reference: "sale",
          currency_code: order.currency_code,
          amount: exact(gross),
          fee: exact(saleFee(gross, rate)),
          fee_rate: rate,
          occurred_at: order.created_at,
        }
      })
    const created = sales.length ? await settlement.createSettlementEntries(sales) : []
    return new StepResponse(created.map(entryView), created.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementEntries(ids)
  }
)
