import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The seller the logged-in seller user works for; every /vendors/me route is scoped to it. */
export async function currentSeller(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller_user",
    fields: ["id", "role", "seller.id", "seller.handle", "seller.status"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!data[0]?.seller) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return { user: data[0], seller: data[0].seller }
}

/** A suspended or pending seller may look at its data but not change it. */
export async function sellerThatMayChange(req: AuthenticatedMedusaRequest) {
  const current = await currentSeller(req)
  if (current.seller.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `A ${current.seller.status} seller cannot change its data`)
  }
  return current
}
