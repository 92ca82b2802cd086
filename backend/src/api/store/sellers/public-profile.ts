import { publicHouseholdGroup, type PublicHouseholdGroup } from "@luotian/contract"

// What buyers may read of a seller. Of its member households only their number leaves the seller module, and only
// from five up: names, villages, phones and ID numbers stay with the seller and the association.
export const PUBLIC_FIELDS = ["handle", "name", "name_en", "type", "town", "town_en", "village", "village_en", "story", "story_en", "logo"]

export const publicProfile = (seller: Record<string, unknown>, member_count: number): Record<string, unknown> & { member_count: PublicHouseholdGroup } => ({
  ...Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, seller[field] ?? null])),
  member_count: publicHouseholdGroup(member_count),
})

/** How many member households a seller has (a count query; no member row is read). */
export async function memberCount(query: any, sellerId: string): Promise<number> {
  const { metadata } = await query.graph({ entity: "member", fields: ["id"], filters: { seller_id: sellerId }, pagination: { skip: 0, take: 1 } })
  return metadata?.count ?? 0
}
