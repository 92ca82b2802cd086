import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import { lotPrefix } from "../../../modules/lot/rules"
import type LotModuleService from "../../../modules/lot/service"
import { checkInspection } from "./check-inspection"
import type { CreateLotInput } from "./record-lot"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What a new lot must be to be recorded: of one of the seller's own products, supplied by the seller's own member
 * households, graded (if given) by an inspection of this lot. Answers the lot's code, given or the day's next one.
 */
export const checkLotStep = createStep("check-lot", async (input: CreateLotInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The product with its seller, not the seller with all its products: a seller may list thousands.
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id", "seller.handle", "categories.handle"],
    filters: { id: input.product_id },
  })
  const product = products[0]?.seller?.id === input.seller_id ? products[0] : undefined
  if (!product) throw invalid(`product_id: none of your products has the id ${input.product_id}`)
  const ids = input.households.map((h) => h.member_id)
  const { data: members } = ids.length
    ? await query.graph({ entity: "member", fields: ["id"], filters: { id: ids, seller_id: input.seller_id } })
    : { data: [] as any[] }
  const known = new Set(members.map((m: any) => m.id))
  const stranger = ids.findIndex((id) => !known.has(id))
  if (stranger >= 0) throw invalid(`households.${stranger}.member_id: not one of your member households`)

  const lots = container.resolve<LotModuleService>(LOT_MODULE)
  const code = await lots.codeFor(input.seller_id, lotPrefix(product.seller!.handle), input.produced_on, input.code)
  if (input.inspection_id) {
    const category = (product.categories ?? [])[0]?.handle ?? ""
    await checkInspection(query, { seller_id: input.seller_id, code, category }, input.inspection_id)
  }
  return new StepResponse({ code })
})
