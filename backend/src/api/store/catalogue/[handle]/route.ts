import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toCard } from "../../../../search/catalogue/card"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "../../../../search/catalogue/document"

const FIELDS = [...PRODUCT_GRAPH_FIELDS, "seller.village", "seller.village_en"]

/**
 * One product of the catalogue by handle, for its page: the same card the search answers (so price and stock
 * read alike everywhere), with its images and the seller's village. Unpublished products and products of
 * sellers that are not active are not in the store (404).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters: { handle: req.params.handle, status: "published" },
  })
  const doc = product ? toCatalogueDocument(product) : null
  if (!doc) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.handle} is not in the store`)
  const card = toCard(doc)
  // Read apart: asked for with the product, images make the product module join and sort every image in the store
  // (its join cannot use the image index), which grows with the catalogue; by product id it is one index lookup.
  // Each photo with its sized renditions (AVIF, WebP by width) for the page's srcset; a drawn image has none.
  const { data: rows } = await query.graph({ entity: "product_image", fields: ["url", "rank", "metadata"], filters: { product_id: product.id } })
  const images = [...rows]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => ({ url: image.url as string, renditions: (image.metadata as any)?.renditions ?? null }))
  res.json({
    product: {
      ...card,
      images: images.length || !card.thumbnail ? images : [{ url: card.thumbnail, renditions: null }],
      seller: { ...card.seller, village: product.seller?.village ?? null, village_en: product.seller?.village_en ?? null },
    },
  })
}
