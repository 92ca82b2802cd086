import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isPart, PURCHASE_FIELDS, withParts } from "../shape"

/** A purchase by its (unguessable) id, as Medusa's own GET /store/orders/:id; a seller's part is not a purchase (404). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: [order] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: PURCHASE_FIELDS,
    filters: { id: req.params.id },
  })
  if (!order || isPart(order)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase ${req.params.id} was not found`)
  const [purchase] = await withParts(req.scope, [order])
  res.json({ purchase })
}
