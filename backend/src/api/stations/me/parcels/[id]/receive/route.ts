import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveParcelWorkflow } from "../../../../../../workflows/station/receive-parcel"
import { currentStation } from "../../../current-station"
import { stationParcels } from "../../view"

// The parcel arrived: it waits at the station and the buyer gets the pickup code (never shown to the station).
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  await receiveParcelWorkflow(req.scope).run({ input: { parcel_id: req.params.id, station_id: station.id, user_id: user.id } })
  const [parcel] = await stationParcels(req, station.id, { id: req.params.id })
  res.json({ parcel })
}
