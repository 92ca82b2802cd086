import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverParcelWorkflow } from "../../../../../../workflows/station/hand-over-parcel"
import { currentStation } from "../../../current-station"
import type { HandOverBody } from "../../../validators"
import { stationParcels } from "../../view"

// The buyer collects the parcel with its code (or phone digits and ID), paying the cash due where they pay here.
export async function POST(req: AuthenticatedMedusaRequest<HandOverBody>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  const { code, phone_last4, cash_received } = req.validatedBody
  const proof = code ? { code } : { phone_last4: phone_last4!, id_checked: true as const }
  await handOverParcelWorkflow(req.scope).run({
    input: { parcel_id: req.params.id, station_id: station.id, user_id: user.id, proof, cash_received },
  })
  const [parcel] = await stationParcels(req, station.id, { id: req.params.id })
  res.json({ parcel })
}
