import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeProductPhotoWorkflow } from "../../../../../../../workflows/photo/remove-product-photo"
import { sellerThatMayChange } from "../../../../current-seller"
import { ownProducts } from "../../../own-product"

/** Removes one photo of the seller's product, and its files; a photo of another product is not found. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const [current] = await ownProducts(req, seller.id, req.params.id)
  if (!current.images.some((image: { id: string }) => image.id === req.params.image_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo ${req.params.image_id} of product ${req.params.id} was not found`)
  }
  await removeProductPhotoWorkflow(req.scope).run({ input: { product_id: req.params.id, image_id: req.params.image_id } })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
