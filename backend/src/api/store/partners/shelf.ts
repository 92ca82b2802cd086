import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { toCard } from "../../../search/catalogue/card"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "../../../search/catalogue/document"

// What a buyer sees of a point: never its referral rate or its orders.
export const PUBLIC_POINT_FIELDS = ["id", "code", "kind", "name", "name_en", "town", "town_en", "story", "story_en"]

/**
 * The point's shelf as the catalogue's cards, in the catalogue's order (name): only what the store sells now, so a
 * product unpublished or of a suspended seller drops off the shelf without anyone editing it.
 */
export async function shelfCards(query: Omit<RemoteQueryFunction, symbol>, productIds: string[]) {
  if (!productIds.length) return []
  const { data: products } = await query.graph({ entity: "product", fields: PRODUCT_GRAPH_FIELDS, filters: { id: productIds, status: "published" } })
  return products
    .map(toCatalogueDocument)
    .flatMap((doc) => (doc ? [toCard(doc)] : []))
    .sort((a, b) => a.title.localeCompare(b.title, "zh-CN"))
}
