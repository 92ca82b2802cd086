import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { currentSeller, sellerThatMayChange } from "../../current-seller"
import { ownProducts } from "../own-product"
import type { UpdateSellerProduct } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateSellerProduct>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownProducts(req, seller.id, req.params.id)
  await updateProductsWorkflow(req.scope).run({ input: { selector: { id: req.params.id }, update: req.validatedBody } })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
