import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PURCHASE_FIELDS, withParts } from "../../../purchases/shape"
import type { PurchasesQuery } from "../../../purchases/validators"

/** The logged-in customer's purchases, newest first; their seller parts (no customer's) come inside them. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PurchasesQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PurchasesQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: PURCHASE_FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const purchases = await withParts(req.scope, data)
  res.json({ purchases, count: metadata?.count ?? purchases.length, limit, offset })
}
