import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import { packsLeft, withdrawnPacks } from "../../../modules/lot/recall"
import type LotModuleService from "../../../modules/lot/service"

type Level = { inventory_item_id: string; location_id: string; adjustment: number }

/**
 * What a withdrawn lot takes off sale: for each size it was received into, the packs it still holds leave the
 * stock at the seller's location, never below what the seller's other active lots of that size hold. Nothing when
 * the lot was withdrawn before (`changed` false). Read only.
 */
export const planWithdrawalStep = createStep("plan-lot-withdrawal", async ({ lot_id, changed }: { lot_id: string; changed: boolean }, { container }) => {
  if (!changed) return new StepResponse([] as Level[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const lots = container.resolve<LotModuleService>(LOT_MODULE)
  const { data } = await query.graph({
    entity: "lot",
    fields: ["id", "seller_id", "receipts.id", "receipts.variant_id", "receipts.packs", "seller.stock_location.id"],
    filters: { id: lot_id },
  })
  const lot = data[0] as any
  const location_id = lot?.seller?.stock_location?.id as string | undefined
  const variants = [...new Set<string>((lot?.receipts ?? []).map((r: any) => r.variant_id))]
  if (!location_id || !variants.length) return new StepResponse([] as Level[])

  const receipts = (await lots.listLotReceipts({ variant_id: variants }, { relations: ["lot"] })).filter(
    (r: any) => r.lot.seller_id === lot.seller_id && (r.lot.id === lot_id || r.lot.status === "active")
  )
  const shipped = await lots.listLotAllocations({ receipt_id: receipts.map((r) => r.id) }, { select: ["receipt_id", "packs", "returned"] })
  const [own, others] = [receipts.filter((r: any) => r.lot.id === lot_id), receipts.filter((r: any) => r.lot.id !== lot_id)]

  const { data: sizes } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: variants } })
  const itemOf = new Map(sizes.map((v: any) => [v.id as string, v.inventory_items?.[0]?.inventory_item_id as string]))
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity"],
    filters: { inventory_item_id: [...itemOf.values()].filter(Boolean), location_id },
  })
  const stockOf = new Map(levels.map((l: any) => [l.inventory_item_id as string, Number(l.stocked_quantity)]))
  const stocked = new Map(variants.map((v) => [v, stockOf.get(itemOf.get(v)!) ?? 0]))

  const off = withdrawnPacks(packsLeft(own as any, shipped as any), packsLeft(others as any, shipped as any), stocked)
  return new StepResponse([...off].map(([variant, packs]) => ({ inventory_item_id: itemOf.get(variant)!, location_id, adjustment: -packs })))
})
