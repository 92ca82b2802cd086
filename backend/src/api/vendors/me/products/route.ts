import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSellerProductWorkflow } from "../../../../workflows/seller-product/create-seller-product"
import { currentSeller, sellerThatMayChange } from "../current-seller"
import { ownProductPage, ownProducts } from "./own-product"
import type { CreateSellerProduct, ListSellerProductsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const page = req.validatedQuery as ListSellerProductsQuery
  const { products, count } = await ownProductPage(req, seller.id, page)
  res.json({ products, count, offset: page.offset, limit: page.limit ?? null })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateSellerProduct>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { result } = await createSellerProductWorkflow(req.scope).run({ input: { ...req.validatedBody, seller_id: seller.id } })
  const [product] = await ownProducts(req, seller.id, result.id)
  res.status(201).json({ product })
}
