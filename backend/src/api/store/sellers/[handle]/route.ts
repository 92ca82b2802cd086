import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { memberCount, PUBLIC_FIELDS, publicProfile } from "../public-profile"

/** The public profile of an active seller; pending, suspended and unknown sellers are not in the store (404). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["id", ...PUBLIC_FIELDS],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.handle} is not in the store`)
  res.json({ seller: publicProfile(seller, await memberCount(query, seller.id)) })
}
