import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerListingWorkflow } from "../../../../../workflows/seller-product/update-seller-listing"
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
  await updateSellerListingWorkflow(req.scope).run({
    input: { seller_id: seller.id, product_id: req.params.id, changes: req.validatedBody },
  })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
