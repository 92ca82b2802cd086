import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import { type Allocated, returnFefo } from "../../../modules/lot/allocation"
import type LotModuleService from "../../../modules/lot/service"

export type ReturnInput = { order_id: string; seller_id: string; items: { line_item_id: string; quantity: number }[] }

const iso = (day: unknown) => (day ? new Date(day as string).toISOString() : null)

/** The lots a seller order's lines were allocated from: what a return into them must lock. */
export const returnLotsStep = createStep("return-lots", async ({ order_id }: { order_id: string }, { container }) => {
  const allocations = await container.resolve<LotModuleService>(LOT_MODULE).listLotAllocations({ order_id }, { select: ["lot_id"] })
  return new StepResponse([`return:${order_id}`, ...new Set(allocations.map((a) => `lot:${a.lot_id}`))])
})

/**
 * A return the seller received goes back into the lots its lines' packs came from, last allocated first. Packs of an
 * active lot go back on sale at the seller's location; a withdrawn lot's stay off sale. A line can give back only
 * what its lots still hold. Undone by restoring the allocations' returned counts.
 */
export const returnToLotsStep = createStep(
  "return-to-lots",
  async (input: ReturnInput, { container }) => {
    const lots = container.resolve<LotModuleService>(LOT_MODULE)
    const allocations = await lots.listLotAllocations({ order_id: input.order_id }, { relations: ["lot"] })
    const rows = new Map<string, { id: string; returned: number; lot: any; variant_id: string }>()
    for (const [i, item] of input.items.entries()) {
      const line: Allocated[] = allocations
        .filter((a: any) => a.line_item_id === item.line_item_id && a.lot.seller_id === input.seller_id)
        .map((a: any) => {
          const taken = rows.get(a.id)?.returned ?? a.returned
          return { id: a.id, lot_id: a.lot.id, receipt_id: a.receipt_id, packs: a.packs, returned: taken, best_before: iso(a.lot.best_before), produced_on: iso(a.lot.produced_on)! }
        })
      const back = returnFefo(line, item.quantity)
      if (!back) {
        const held = line.reduce((n, a) => n + a.packs - a.returned, 0)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `items.${i}.quantity: ${item.quantity} is more than the ${held} packs of this line that came from lots and were not returned yet`)
      }
      for (const b of back) {
        const a = allocations.find((x) => x.id === b.id) as any
        rows.set(b.id, { id: b.id, returned: (rows.get(b.id)?.returned ?? a.returned) + b.packs, lot: a.lot, variant_id: a.variant_id })
      }
    }
    const before = allocations.filter((a) => rows.has(a.id)).map((a) => ({ id: a.id, returned: a.returned }))
    await lots.updateLotAllocations([...rows.values()].map(({ id, returned }) => ({ id, returned })))

    // What goes back on sale: the returned packs of active lots, by size.
    const onSale = new Map<string, number>()
    for (const row of rows.values()) {
      if (row.lot.status !== "active") continue
      const was = before.find((b) => b.id === row.id)!.returned
      onSale.set(row.variant_id, (onSale.get(row.variant_id) ?? 0) + row.returned - was)
    }
    const levels = await stockLevels(container, input.seller_id, onSale)
    return new StepResponse({ levels }, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<LotModuleService>(LOT_MODULE).updateLotAllocations(before)
  }
)

/** The inventory levels at the seller's location that grow by the given packs of each size. */
async function stockLevels(container: any, seller_id: string, packs: Map<string, number>) {
  if (!packs.size) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: seller_id } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: [...packs.keys()] } })
  return variants.map((v: any) => ({
    inventory_item_id: v.inventory_items[0].inventory_item_id as string,
    location_id: sellers[0].stock_location.id as string,
    adjustment: packs.get(v.id)!,
  }))
}
