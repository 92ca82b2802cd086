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
  const counted = await Promise.all(sellers.map(async (seller: any) => ({ seller, count: await memberCount(query, seller.id) })))
  counted.sort((a, b) => b.count - a.count || String(a.seller.handle).localeCompare(String(b.seller.handle)))
  const profiles = counted.slice(offset, offset + limit).map(({ seller, count }) => publicProfile(seller, count))
  res.json({ sellers: profiles, count: counted.length, limit, offset })
}
