import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverParcelWorkflow } from "../../../../../../workflows/station/hand-over-parcel"
import { currentStation } from "../../../current-station"
import type { HandOverBody } from "../../../validators"
import { stationParcels } from "../../view"

// The buyer collects the parcel with its code (or phone digits and ID), paying the cash due where they pay here.
export async function POST(req: AuthenticatedMedusaRequest<HandOverBody>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  const { cash_received, ...proof } = req.validatedBody
  await handOverParcelWorkflow(req.scope).run({
    input: { parcel_id: req.params.id, station_id: station.id, user_id: user.id, proof: proof as any, cash_received },
  })
  const [parcel] = await stationParcels(req, station.id, { id: req.params.id })
  res.json({ parcel })
}
