import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type SellerOrderRef = { order_id: string; seller_id: string; purchase_order_id: string }

// The sale of each seller order just created (SettlementModuleService.recordSales): its total as the buyer pays it,
// shipping included, read from the order module.
export const recordSalesStep = createStep(
  "record-seller-sales",
  async (refs: SellerOrderRef[], { container }) => {
    if (!refs.length) return new StepResponse([], [])
    const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "currency_code", "created_at", "total"],
      filters: { id: refs.map((ref) => ref.order_id) },
    })
    const sales = refs.map((ref) => {
      const order: any = orders.find((o: any) => o.id === ref.order_id)
      if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${ref.order_id} was not found`)
      return { ...ref, currency_code: order.currency_code, total: order.total, placed_at: order.created_at }
    })
    const created = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).recordSales(sales)
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).undoEntries(ids)
  }
)
