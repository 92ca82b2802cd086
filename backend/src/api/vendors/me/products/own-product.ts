import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const SELLER_PRODUCT_FIELDS = ["id", "handle", "title", "description", "status", "metadata", "thumbnail", "variants.id", "variants.title", "variants.prices.*", "categories.handle", "listing_review.status", "listing_review.reason", "listing_review.submitted_at", "listing_review.decided_at", "variants.inventory_items.inventory.location_levels.stocked_quantity", "variants.inventory_items.inventory.location_levels.location_id"]

/** The seller's products (optionally one of them); another seller's product reads as not found. */
export async function ownProducts(req: AuthenticatedMedusaRequest, sellerId: string, productId?: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: SELLER_PRODUCT_FIELDS.map((field) => `products.${field}`),
    filters: { id: sellerId },
  })
  const products = (data[0]?.products ?? []).filter((product: any) => product && (!productId || product.id === productId))
  if (productId && !products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return products
}
