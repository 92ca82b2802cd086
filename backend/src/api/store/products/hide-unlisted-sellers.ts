import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Products of sellers that are not active (pending approval or suspended) are not in the store. Medusa skips
// its sales-channel filter in a one-channel store, so the store's product routes also filter them out here.
export async function hideUnlistedSellers(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["products.id"],
    filters: { status: ["pending", "suspended"] },
  })
  const hidden = data.flatMap((seller) => (seller.products ?? []).flatMap((product) => (product ? [product.id] : [])))
  if (hidden.length) {
    const filters = req.filterableFields as Record<string, any>
    filters.$and = [...(filters.$and ?? []), { id: { $nin: hidden } }]
  }
  next()
}
