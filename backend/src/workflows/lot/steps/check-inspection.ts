import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Query = Omit<RemoteQueryFunction, symbol>
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Refuses an inspection that cannot grade this lot: another seller's (reads as unknown), of another category, of
 * another lot (the association writes the lot's code on the inspection), or already grading another lot.
 */
export async function checkInspection(query: Query, lot: { id?: string; seller_id: string; code: string; category: string }, inspection_id: string) {
  const { data } = await query.graph({ entity: "inspection", fields: ["id", "seller_id", "category", "lot"], filters: { id: inspection_id } })
  const inspection = data[0]
  if (!inspection || inspection.seller_id !== lot.seller_id) throw invalid(`inspection_id: none of your inspections has the id ${inspection_id}`)
  if (inspection.category !== lot.category) {
    throw invalid(`inspection_id: the inspection is of ${inspection.category}, this lot's product of ${lot.category}`)
  }
  if (inspection.lot.trim().toUpperCase() !== lot.code) {
    throw invalid(`inspection_id: the inspection names lot ${inspection.lot}, not ${lot.code}`)
  }
  const { data: graded } = await query.graph({ entity: "lot", fields: ["id", "code"], filters: { inspection_id } })
  const other = graded.find((l: any) => l.id !== lot.id)
  if (other) throw invalid(`inspection_id: the inspection already grades lot ${other.code}`)
}
