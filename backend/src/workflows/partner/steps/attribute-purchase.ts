import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"

type Input = { cart_id: string; purchase_order_id: string; seller_order_ids: string[] }

const linkOf = (partner_point_id: string, order_id: string) => ({
  [PARTNER_MODULE]: { partner_point_id },
  [Modules.ORDER]: { order_id },
})

/**
 * Within checkout, once the purchase is split: the purchase and each of its seller orders are linked to the point whose
 * scan the cart is linked to, if that scan is still within the window at the moment of purchase. Undone with the checkout.
 */
export const attributePurchaseStep = createStep(
  "attribute-purchase-to-partner",
  async ({ cart_id, purchase_order_id, seller_order_ids }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", "partner_scan.id"], filters: { id: cart_id } })
    const scanId = (cart as any)?.partner_scan?.id
    if (typeof scanId !== "string") return new StepResponse(null, null)
    const [scan] = await container.resolve<PartnerModuleService>(PARTNER_MODULE).liveScans([scanId])
    if (!scan) return new StepResponse(null, null)
    const links = [purchase_order_id, ...seller_order_ids].map((order_id) => linkOf(scan.point_id, order_id))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    const attributed = { partner_point_id: scan.point_id, referral_rate: scan.referral_rate, order_ids: seller_order_ids }
    return new StepResponse(attributed, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
