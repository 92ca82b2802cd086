import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerListingWorkflow } from "../../../../../../workflows/seller-product/update-seller-listing"
import { sellerThatMayChange } from "../../../current-seller"
import { ownProducts } from "../../own-product"
import type { AddPackSize } from "../../validators"

// A new pack size: checked and, if the association's rules say so, sent back to review like any other edit.
export async function POST(req: AuthenticatedMedusaRequest<AddPackSize>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownProducts(req, seller.id, req.params.id)
  await updateSellerListingWorkflow(req.scope).run({
    input: { seller_id: seller.id, product_id: req.params.id, changes: { added_size: req.validatedBody } },
  })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.status(201).json({ product })
}
