import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePackSizeWorkflow } from "../../../../../../../workflows/seller-product/remove-pack-size"
import { sellerThatMayChange } from "../../../../current-seller"
import { ownProducts } from "../../../own-product"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownProducts(req, seller.id, req.params.id)
  await removePackSizeWorkflow(req.scope).run({ input: { product_id: req.params.id, variant_id: req.params.variant_id } })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
