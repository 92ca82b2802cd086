import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListSellersQuery } from "./validators"

// The association's list of sellers, e.g. those pending approval.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = req.validatedQuery as ListSellersQuery
  const { data: sellers } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["*"],
    filters: status ? { status } : {},
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ sellers, count: sellers.length })
}
