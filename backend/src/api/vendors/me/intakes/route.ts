import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { intakeViews } from "../../../stations/me/intakes/view"
import { currentSeller } from "../current-seller"

// The produce stations took in for this seller (代销), the latest 200, with its own households named.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const intakes = await intakeViews(req.scope.resolve(ContainerRegistrationKeys.QUERY), { seller_id: seller.id }, "named", 200)
  res.json({ intakes })
}
