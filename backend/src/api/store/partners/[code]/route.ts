import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_POINT_FIELDS, shelfCards } from "../shelf"

/** A partner point's page (/p/<code>): its story and its shelf as catalogue cards. Inactive points are not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [point] } = await query.graph({
    entity: "partner_point",
    fields: [...PUBLIC_POINT_FIELDS, "products.id"],
    filters: { code: req.params.code, active: true },
  })
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner point has the code ${req.params.code}`)
  const { products, id, ...shown } = point as any
  const shelf = await shelfCards(query, (products ?? []).map((product: any) => product.id))
  res.json({ point: shown, shelf })
}
