import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lotShipments } from "../../../../../../workflows/lot/recall-read"
import { currentSeller } from "../../../current-seller"
import { ownLot } from "../../own-lot"

// Every line of the seller's orders that took packs of its lot: whom to call back in a recall. The buyers' purchases
// are not the seller's to know.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  await ownLot(req, seller.id, req.params.id)
  const { shipments } = await lotShipments(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id)
  res.json({ shipments })
}
