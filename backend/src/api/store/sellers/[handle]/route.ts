import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

// What buyers may read of a seller. Of its member households only their number leaves the seller module:
// names, villages, phones and ID numbers stay with the seller and the association.
const PUBLIC_FIELDS = ["handle", "name", "name_en", "type", "town", "town_en", "village", "village_en", "story", "story_en", "logo"]

/** The public profile of an active seller; pending, suspended and unknown sellers are not in the store (404). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: ["id", ...PUBLIC_FIELDS],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.handle} is not in the store`)
  const { metadata } = await query.graph({
    entity: "member",
    fields: ["id"],
    filters: { seller_id: seller.id },
    pagination: { skip: 0, take: 1 },
  })
  const profile = Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, (seller as Record<string, unknown>)[field] ?? null]))
  res.json({ seller: { ...profile, member_count: metadata?.count ?? 0 } })
}
