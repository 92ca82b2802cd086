import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const PUBLIC_STATION_FIELDS = ["id", "code", "kind", "name", "name_en", "town", "town_en", "village", "village_en", "address", "hours", "offers_cash"]

// Where a buyer can pick parcels up: active town and village stations offering pickup, by town (`?town=胜利镇`).
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { town } = req.validatedQuery as { town?: string }
  const { data: stations } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station",
    fields: PUBLIC_STATION_FIELDS,
    filters: { status: "active", offers_pickup: true, kind: ["town", "village"], ...(town ? { town } : {}) },
    pagination: { order: { town: "ASC", kind: "ASC", code: "ASC" } },
  })
  res.json({ stations })
}
