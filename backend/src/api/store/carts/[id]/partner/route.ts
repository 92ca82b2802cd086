import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { PARTNER_SCAN_KEY } from "../../../../../modules/partner/rules"
import type { CartPartnerBody } from "../../../partners/validators"

/**
 * The buyer's scan goes onto the cart. Of the scan the cart has and this one, the later scan within the window wins
 * (rules.ts, laterScan); an expired or unknown scan leaves the cart as it was. Answers the point the cart counts for.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { scan_id } = req.validatedBody as CartPartnerBody
  const carts = req.scope.resolve(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id }, { select: ["id", "metadata", "completed_at"] })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
  const current = (cart.metadata?.[PARTNER_SCAN_KEY] as string | undefined) ?? null
  const winner = await req.scope.resolve<PartnerModuleService>(PARTNER_MODULE).winningScan(current, scan_id)
  if (winner && winner.id !== current) {
    await carts.updateCarts(cart.id, { metadata: { ...(cart.metadata ?? {}), [PARTNER_SCAN_KEY]: winner.id } })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [point] } = winner
    ? await query.graph({ entity: "partner_point", fields: ["code", "name", "name_en"], filters: { id: winner.point_id } })
    : { data: [null] }
  res.json({ partner: point ? { ...point, scan_id: winner!.id, scanned_at: winner!.scanned_at } : null })
}
