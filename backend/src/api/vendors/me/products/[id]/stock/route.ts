import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSellerStockWorkflow } from "../../../../../../workflows/seller-product/set-seller-stock"
import { sellerThatMayChange } from "../../../current-seller"
import { ownProducts } from "../../own-product"
import type { SetStock } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<SetStock>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  await ownProducts(req, seller.id, req.params.id)
  await setSellerStockWorkflow(req.scope).run({
    input: { seller_id: seller.id, product_id: req.params.id, ...req.validatedBody },
  })
  const [product] = await ownProducts(req, seller.id, req.params.id)
  res.json({ product })
}
