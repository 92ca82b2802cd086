import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller } from "../../current-seller"
import { ownLot } from "../own-lot"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  res.json({ lot: await ownLot(req, seller.id, req.params.id) })
}
