import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// The sellers a station may take produce in for: the active ones, by name.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["id", "name"],
    filters: { status: "active" },
    pagination: { order: { name: "ASC" } },
  })
  res.json({ sellers: data.map((s: any) => ({ id: s.id, name: s.name })) })
}
