import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller } from "../../current-seller"
import { ownOrders, sellerView } from "../own-orders"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const [order] = await ownOrders(req, seller.id, req.params.id)
  res.json({ order: sellerView(order) })
}
