import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import { allocateFefo, type Available } from "../../../modules/lot/allocation"
import type LotModuleService from "../../../modules/lot/service"

/**
 * When a seller order ships, each line's packs are allocated to the seller's active lots received into that size,
 * first-expiring first, and the allocation is kept. Lines of sizes without lots allocate nothing. Undone by deleting
 * what it wrote.
 */
export const allocateLotsStep = createStep(
  "allocate-lots",
  async ({ order_id, seller_id }: { order_id: string; seller_id: string }, { container }) => {
    const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      // "items.*": an order line's quantity is not read on its own.
      fields: ["items.*"],
      filters: { id: order_id },
    })
    const items = (orders[0]?.items ?? []).filter((i: any) => i?.variant_id) as any[]
    const lots = container.resolve<LotModuleService>(LOT_MODULE)
    const receipts = items.length ? await lots.listLotReceipts({ variant_id: items.map((i) => i.variant_id) }, { relations: ["lot"] }) : []
    const own = receipts.filter((r: any) => r.lot.seller_id === seller_id && r.lot.status === "active")
    const used = own.length ? await lots.listLotAllocations({ receipt_id: own.map((r) => r.id) }, { select: ["receipt_id", "packs", "returned"] }) : []
    // Packs returned to a receipt may be allocated again.
    const taken = new Map<string, number>()
    for (const a of used) taken.set(a.receipt_id, (taken.get(a.receipt_id) ?? 0) + a.packs - a.returned)

    const rows = items.flatMap((item) => {
      const available: Available[] = own
        .filter((r: any) => r.variant_id === item.variant_id)
        .map((r: any) => ({
          receipt_id: r.id,
          lot_id: r.lot.id,
          best_before: r.lot.best_before ? new Date(r.lot.best_before).toISOString() : null,
          produced_on: new Date(r.lot.produced_on).toISOString(),
          packs: r.packs - (taken.get(r.id) ?? 0),
        }))
      const packs = MathBN.convert(item.raw_quantity ?? item.quantity).toNumber()
      return allocateFefo(available, packs).map((a) => {
        taken.set(a.receipt_id, (taken.get(a.receipt_id) ?? 0) + a.packs)
        return { ...a, order_id, line_item_id: item.id, variant_id: item.variant_id }
      })
    })
    const created: { id: string }[] = rows.length ? await lots.createLotAllocations(rows as any[]) : []
    return new StepResponse(created, created.map((a) => a.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<LotModuleService>(LOT_MODULE).deleteLotAllocations(ids)
  }
)
