import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productRows } from "../../../../lib/product-rows"

export const SELLER_PRODUCT_FIELDS = ["id", "handle", "title", "description", "status", "metadata", "thumbnail", "images.id", "images.url", "images.rank", "images.metadata", "variants.id", "variants.title", "variants.weight", "variants.ean", "variants.prices.*", "categories.handle", "listing.grade_code", "listing.standard_version", "listing.name_code", "listing.status", "listing.reason", "listing.submitted_at", "listing.decided_at", "listing.grade.name", "listing.grade.name_en", "variants.inventory_items.inventory.location_levels.stocked_quantity", "variants.inventory_items.inventory.location_levels.location_id"]

type Query = Omit<RemoteQueryFunction, symbol>

/** The seller's products (optionally one of them), in the order of their links; another seller's product reads as not found. */
export async function ownProducts(req: AuthenticatedMedusaRequest, sellerId: string, productId?: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const products = await productsOf(query, await ownProductIds(query, sellerId, productId))
  if (productId && !products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return products
}

/** One page of the seller's products in the order of their links (all from `offset` without a limit), and how many there are. */
export async function ownProductPage(req: AuthenticatedMedusaRequest, sellerId: string, { limit, offset }: { limit?: number; offset: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await ownProductIds(query, sellerId)
  const page = ids.slice(offset, limit === undefined ? undefined : offset + limit)
  return { products: await productsOf(query, page), count: ids.length }
}

/** The products of `ids` in that order, their photos by rank; only the ids' own products are read. */
async function productsOf(query: Query, ids: string[]) {
  const rows = ids.length ? await productRows(query, SELLER_PRODUCT_FIELDS, { id: ids }) : []
  const byId = new Map(rows.map((product) => [product.id, product]))
  return ids
    .map((id) => byId.get(id))
    .filter((product) => product)
    .map((product: any) => ({ ...product, images: [...(product.images ?? [])].sort((a: any, b: any) => a.rank - b.rank) }))
}

/** The ids of the seller's products (or of the one asked for, if it is the seller's), over the seller's link. */
export async function ownProductIds(query: Query, sellerId: string, productId?: string) {
  if (productId) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: productId } })
    return data[0]?.seller?.id === sellerId ? [productId] : []
  }
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: sellerId } })
  return ((data[0]?.products ?? []) as any[]).filter(Boolean).map((product) => product.id as string)
}
