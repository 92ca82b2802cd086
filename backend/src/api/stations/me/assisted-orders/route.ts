import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlaceAssistedOrderBody } from "@luotian/contract"
import { placeAssistedOrder } from "../../../../workflows/station/assisted-order"
import { currentStation } from "../current-station"
import type { AssistedOrdersQuery } from "../validators"
import { assistedOrders } from "./view"

// 代购: the station's own orders for villagers, newest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station } = currentStation(req)
  const { limit, offset } = req.validatedQuery as AssistedOrdersQuery
  const { orders, count } = await assistedOrders(req.scope, station.id, {}, { take: limit, skip: offset })
  res.json({ assisted_orders: orders, count, limit, offset })
}

// Places an order for a villager, picked up and paid in cash here; the pickup code is in this answer only.
export async function POST(req: AuthenticatedMedusaRequest<PlaceAssistedOrderBody>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  if (!station.offers_buy_for) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `station: ${station.code} does not offer 代购 (buying for villagers)`)
  }
  const placed = await placeAssistedOrder(req.scope, { ...req.validatedBody, station: station as any, user_id: user.id })
  const { orders } = await assistedOrders(req.scope, station.id, { id: placed.id })
  res.status(placed.code ? 201 : 200).json({ assisted_order: { ...orders[0], pickup_code: placed.code } })
}
