import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller_user",
    fields: ["id", "email", "first_name", "last_name", "role", "seller.*"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  const { seller, ...user } = data[0]
  res.json({ seller, user })
}
