import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { lotView, sellerLots } from "../../../../workflows/lot/read"

/** One of the seller's lots as it sees it; another seller's lot reads as not found. */
export async function ownLot(req: AuthenticatedMedusaRequest, seller_id: string, id: string) {
  const [lot] = await sellerLots(req.scope.resolve(ContainerRegistrationKeys.QUERY), seller_id, { id })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${id} was not found`)
  return lotView(lot)
}
