import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { INSPECTION_FIELDS, inspectionView, STANDARD_FIELDS, standardView, type StandardView } from "./view"

type Query = Omit<RemoteQueryFunction, symbol>

// Read through query.graph, with the caller's query: listings, reviews and the seed ask from outside the module.

/** The standard in force for a product category (by handle), with its grades best first; undefined if none. */
export async function currentStandard(query: Query, category: string): Promise<StandardView | undefined> {
  const { data } = await query.graph({ entity: "grade_standard", fields: STANDARD_FIELDS, filters: { category, status: "current" } })
  return data[0] ? standardView(data[0]) : undefined
}

/** The seller's most recent inspection in a category (by inspection time), with the grade it supports. */
export async function latestInspection(query: Query, seller_id: string, category: string) {
  const { data } = await query.graph({
    entity: "inspection",
    fields: INSPECTION_FIELDS,
    filters: { seller_id, category },
    pagination: { order: { inspected_at: "DESC", created_at: "DESC" }, take: 1 },
  })
  return data[0] ? inspectionView(data[0]) : undefined
}
