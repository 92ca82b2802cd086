import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLotWorkflow } from "../../../../workflows/lot/create-lot"
import { lotView, sellerLots } from "../../../../workflows/lot/read"
import { currentSeller, sellerThatMayChange } from "../current-seller"
import type { CreateLot, ListLotsQuery } from "./validators"

// The seller's own lots, newest harvest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { product_id } = req.validatedQuery as unknown as ListLotsQuery
  const lots = await sellerLots(req.scope.resolve(ContainerRegistrationKeys.QUERY), seller.id, product_id ? { product_id } : {})
  res.json({ lots: lots.map(lotView), count: lots.length })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateLot>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { result } = await createLotWorkflow(req.scope).run({ input: { ...req.validatedBody, seller_id: seller.id } })
  const [lot] = await sellerLots(req.scope.resolve(ContainerRegistrationKeys.QUERY), seller.id, { id: result.id })
  res.status(201).json({ lot: lotView(lot) })
}
