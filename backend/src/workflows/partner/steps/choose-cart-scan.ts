import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"

/**
 * Of the scan the cart counts for and the buyer's new one, the one that wins (the later within the window; the
 * partner service's rule), and whether the cart's link changes. Reads only.
 */
export const chooseCartScanStep = createStep("choose-cart-scan", async ({ cart_id, scan_id }: { cart_id: string; scan_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] }: { data: any[] } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "partner_scan.id"], filters: { id: cart_id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cart_id}`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart_id} is already completed`)
  const current: string | null = cart.partner_scan?.id ?? null
  const winner = await container.resolve<PartnerModuleService>(PARTNER_MODULE).winningScan(current, scan_id)
  return new StepResponse({ current, winner, changed: !!winner && winner.id !== current })
})
