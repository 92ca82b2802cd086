import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { currentStandard, latestInspection } from "../../../modules/grading/current"
import type { ClaimContext } from "../../../modules/listing/service"

type Query = Omit<RemoteQueryFunction, symbol>

/** What a listing's claim is judged against, read through Query: the category's unified names, its standard in force, the seller's latest inspection. */
export async function claimContext(query: Query, category: string, seller_id: string): Promise<ClaimContext & { category_id: string }> {
  const { data: [row] } = await query.graph({ entity: "product_category", fields: ["id", "metadata"], filters: { handle: category } })
  if (!row) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: no category has the handle "${category}"`)
  return {
    category,
    category_id: row.id as string,
    names: ((row.metadata?.unified_names as any[]) ?? []),
    standard: await currentStandard(query, category),
    inspection: await latestInspection(query, seller_id, category),
  }
}
