import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AssistedOrdersQuery } from "../../../../stations/me/validators"
import { assistedOrders } from "../../../../stations/me/assisted-orders/view"

// The association checks a station's 代购 orders (the villagers' data is the station's and the association's only).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity: "station", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { limit, offset } = req.validatedQuery as AssistedOrdersQuery
  const { orders, count } = await assistedOrders(req.scope, data[0].id, {}, { take: limit, skip: offset })
  res.json({ assisted_orders: orders, count, limit, offset })
}
