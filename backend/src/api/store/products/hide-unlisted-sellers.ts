import { maybeApplyLinkFilter, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerProductLink from "../../../links/seller-product"

// Medusa's own link filter, as it filters by sales channel: only products linked to an active seller.
const linkedToSellers = maybeApplyLinkFilter({
  entryPoint: SellerProductLink.entryPoint,
  resourceId: "product_id",
  filterableField: "seller_id",
})

// Products of sellers that are not active (pending approval or suspended) are not in the store. Sales channels
// cannot hide them: Medusa skips its sales-channel filter in a one-channel store.
export async function hideUnlistedSellers(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { data: sellers } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["id"],
    filters: { status: "active" },
  })
  req.filterableFields = { ...req.filterableFields, seller_id: sellers.map((seller) => seller.id) }
  return linkedToSellers(req, res, next)
}
