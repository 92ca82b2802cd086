import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { lotOnSale } from "../../../../../workflows/lot/on-sale"

/** The lot a product on sale ships from now, for its page (null when none has packs left); not in the store: 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: ["id", "seller.status"], filters: { handle: req.params.handle, status: "published" } })
  if (!product || (product as any).seller?.status !== "active") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.handle} is not in the store`)
  res.json({ lot: await lotOnSale(query, product.id) })
}
