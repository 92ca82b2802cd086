import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const SELLER_PRODUCT_FIELDS = ["id", "handle", "title", "description", "status", "metadata", "thumbnail", "images.id", "images.url", "images.rank", "images.metadata", "variants.id", "variants.title", "variants.weight", "variants.ean", "variants.prices.*", "categories.handle", "listing.grade_code", "listing.standard_version", "listing.name_code", "listing.status", "listing.reason", "listing.submitted_at", "listing.decided_at", "listing.grade.name", "listing.grade.name_en", "variants.inventory_items.inventory.location_levels.stocked_quantity", "variants.inventory_items.inventory.location_levels.location_id"]

/** The seller's products (optionally one of them); another seller's product reads as not found. */
export async function ownProducts(req: AuthenticatedMedusaRequest, sellerId: string, productId?: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: SELLER_PRODUCT_FIELDS.map((field) => `products.${field}`),
    filters: { id: sellerId },
  })
  const products = (data[0]?.products ?? [])
    .filter((product: any) => product && (!productId || product.id === productId))
    .map((product: any) => ({ ...product, images: [...(product.images ?? [])].sort((a: any, b: any) => a.rank - b.rank) }))
  if (productId && !products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return products
}
