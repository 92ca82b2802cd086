import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentStation } from "../../current-station"
import { assistedOrders } from "../view"

// One of the station's own assisted orders; another station's reads as not found.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station } = currentStation(req)
  const { orders } = await assistedOrders(req.scope, station.id, { id: req.params.id })
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Assisted order with id: ${req.params.id} was not found`)
  res.json({ assisted_order: orders[0] })
}
