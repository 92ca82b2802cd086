import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GRADES } from "../../../../lib/grades"
import { createSellerProductWorkflow } from "../../../../workflows/seller-product/create-seller-product"
import { currentSeller, sellerThatMayChange } from "../current-seller"
import { ownProducts } from "./own-product"
import type { CreateSellerProduct } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const products = await ownProducts(req, seller.id)
  res.json({ products, count: products.length })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateSellerProduct>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { category, grade, ...listing } = req.validatedBody
  const { data: categories } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_category",
    fields: ["id"],
    filters: { handle: category },
  })
  if (!categories[0]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: no category has the handle "${category}"`)
  }
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { ...listing, seller_id: seller.id, category_id: categories[0].id, grade: { code: grade, ...GRADES[grade] } },
  })
  const [product] = await ownProducts(req, seller.id, result.id)
  res.status(201).json({ product })
}
