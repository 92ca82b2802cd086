import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateSellerProfileWorkflow } from "../../../workflows/seller/update-seller-profile"
import type { UpdateSellerProfile } from "../validators"
import { sellerThatMayChange } from "./current-seller"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller_user",
    fields: ["id", "email", "first_name", "last_name", "role", "seller.*"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  const { seller, ...user } = data[0]
  res.json({ seller, user })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateSellerProfile>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { result } = await updateSellerProfileWorkflow(req.scope).run({ input: { id: seller.id, ...req.validatedBody } })
  res.json({ seller: result })
}
