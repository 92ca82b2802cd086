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

type Page = { limit?: number; offset: number; stock_at_most?: number }

/**
 * One page of the seller's products in the order of their links (all from `offset` without a limit), and how many
 * there are; with `stock_at_most`, only those with a size stocked at or below it.
 */
export async function ownProductPage(req: AuthenticatedMedusaRequest, sellerId: string, { limit, offset, stock_at_most }: Page) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let ids = await ownProductIds(query, sellerId)
  if (stock_at_most !== undefined) {
    const low = await lowStockProductIds(query, sellerId, stock_at_most)
    ids = ids.filter((id) => low.has(id))
  }
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

/**
 * The products with a size stocked at or below `atMost` at the seller's location: read from the location's stock
 * levels up (an indexed filter), so a seller of a thousand listings is not read whole for the few running out.
 */
async function lowStockProductIds(query: Query, sellerId: string, atMost: number) {
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: sellerId } })
  const locationId = (sellers[0] as any)?.stock_location?.id as string | undefined
  if (!locationId) return new Set<string>()
  const levels = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { location_id: locationId, stocked_quantity: { $lte: atMost } } })
  const items = levels.data.map((level) => level.inventory_item_id as string)
  const links = items.length ? (await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id"], filters: { inventory_item_id: items } })).data : []
  const variantIds = links.map((link) => link.variant_id as string)
  const variants = variantIds.length ? (await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantIds } })).data : []
  return new Set(variants.map((variant) => variant.product_id as string))
}
