import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentStation } from "./current-station"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  res.json({ station, user })
}
