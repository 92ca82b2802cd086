import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addProductPhotosWorkflow } from "../../../../../../workflows/photo/add-product-photos"
import { sellerThatMayChange } from "../../../current-seller"
import { ownProducts } from "../../own-product"

/** Adds the photos sent in "files" (multipart, see photo-upload.ts) after the product's own; answers the product. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownProducts(req, seller.id, req.params.id)
  const files = (req.files ?? []) as Express.Multer.File[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: send at least one photo")
  await addProductPhotosWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      photos: files.map((file, i) => ({ field: `files[${i}]`, filename: file.originalname, content: file.buffer.toString("base64") })),
    },
  })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.status(201).json({ product })
}
