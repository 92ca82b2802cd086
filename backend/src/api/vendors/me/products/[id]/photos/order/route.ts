import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkOrder } from "../../../../../../../modules/listing/photos/rules"
import { reorderProductPhotosWorkflow } from "../../../../../../../workflows/photo/reorder-product-photos"
import { sellerThatMayChange } from "../../../../current-seller"
import { ownProducts } from "../../../own-product"
import type { ReorderPhotos } from "../validators"

/** Puts the product's photos in the order given; the first is the thumbnail. */
export async function POST(req: AuthenticatedMedusaRequest<ReorderPhotos>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const [current] = await ownProducts(req, seller.id, req.params.id)
  const wrong = checkOrder(current.images.map((image: { id: string }) => image.id), req.validatedBody.image_ids)
  if (wrong) throw new MedusaError(MedusaError.Types.INVALID_DATA, wrong)
  await reorderProductPhotosWorkflow(req.scope).run({ input: { product_id: req.params.id, image_ids: req.validatedBody.image_ids } })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
