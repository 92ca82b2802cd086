import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { memberCount, PUBLIC_FIELDS, publicProfile } from "./public-profile"
import type { StoreSellersQuery } from "./validators"

/** Active sellers' public profiles, those with the most member households first (the home page's cooperatives). */
export async function GET(req: MedusaRequest<unknown, StoreSellersQuery>, res: MedusaResponse) {
  const { type, limit, offset } = req.validatedQuery as StoreSellersQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", ...PUBLIC_FIELDS],
    filters: { status: "active", ...(type && { type }) },
  })
  const profiles = await Promise.all(sellers.map(async (seller: any) => publicProfile(seller, await memberCount(query, seller.id))))
  profiles.sort((a, b) => b.member_count - a.member_count || String(a.handle).localeCompare(String(b.handle)))
  res.json({ sellers: profiles.slice(offset, offset + limit), count: profiles.length, limit, offset })
}
