import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type Amount, gradeAllows, packsQuantity, remaining } from "../../../modules/lot/rules"
import { lotGrade, sellerLots } from "../read"

export type ReceiveInput = { seller_id: string; lot_id: string; variant_id: string; packs: number }
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Whether packs of a size may be made from a lot and put on sale: an active lot of this size's product, graded at
 * least the listing's grade, with enough of it left. Answers the receipt and where its stock goes.
 */
export const checkReceiptStep = createStep("check-lot-receipt", async (input: ReceiveInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [lot] = await sellerLots(query, input.seller_id, { id: input.lot_id })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${input.lot_id} was not found`)
  if (lot.status !== "active") throw invalid(`lot: ${lot.code} is withdrawn and gives no more stock`)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["variants.id", "variants.weight", "variants.inventory_items.inventory_item_id", "listing.grade.rank", "listing.grade.name", "listing.grade.name_en", "seller.stock_location.id"],
    filters: { id: lot.product_id },
  })
  const product = products[0] as any
  const variant = (product?.variants ?? []).find((v: any) => v.id === input.variant_id)
  if (!variant) throw invalid(`variant_id: ${input.variant_id} is not a size of lot ${lot.code}'s product`)

  const grade = lotGrade(lot)
  const wanted = product.listing?.grade
  if (!wanted || !gradeAllows(grade?.rank, wanted.rank)) {
    const has = grade ? `graded ${grade.name} ${grade.name_en}` : "not graded (no inspection met a grade)"
    throw invalid(`lot: ${lot.code} is ${has}; a listing of ${wanted?.name ?? "?"} ${wanted?.name_en ?? ""} only receives stock from lots graded at least that`)
  }
  const quantity = packsQuantity(lot.unit as "kg" | "unit", Number(variant.weight), input.packs)
  const left = remaining((lot.raw_quantity ?? lot.quantity) as Amount, (lot.receipts ?? []).map((r: any) => r.raw_quantity ?? r.quantity))
  if (MathBN.gt(quantity, left)) {
    throw invalid(`packs: ${input.packs} packs take ${quantity.toString()} ${lot.unit}, more than the ${left.toString()} ${lot.unit} left of lot ${lot.code}`)
  }
  return new StepResponse({
    receipt: { lot_id: lot.id, variant_id: variant.id, packs: input.packs, quantity: quantity.toString() },
    level: {
      inventory_item_id: variant.inventory_items[0].inventory_item_id as string,
      location_id: product.seller.stock_location.id as string,
      adjustment: input.packs,
    },
  })
})
