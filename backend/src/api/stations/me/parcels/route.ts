import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentStation } from "../current-station"
import { type ParcelList, stationParcels } from "./view"

// Due (on its way), arrived today, waiting to be collected, collected: the station's own parcels only.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station } = currentStation(req)
  const parcels = await stationParcels(req, station.id, { list: (req.validatedQuery as { list?: ParcelList }).list })
  res.json({ parcels })
}
