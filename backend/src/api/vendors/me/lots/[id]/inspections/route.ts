import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INSPECTION_FIELDS, inspectionView } from "../../../../../../modules/grading/view"
import { currentSeller } from "../../../current-seller"
import { ownLot } from "../../own-lot"

// The association's inspections of this lot that the seller may attach: its own, naming the lot's code (as the
// association writes it), that grade no lot yet. The portal offers them, so nobody copies an inspection's id by hand.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const lot = await ownLot(req, seller.id, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inspection", fields: INSPECTION_FIELDS, filters: { seller_id: seller.id }, pagination: { order: { inspected_at: "DESC" } } })
  const naming = data.filter((i: any) => i.lot.trim().toUpperCase() === lot.code)
  const { data: graded } = naming.length
    ? await query.graph({ entity: "lot", fields: ["inspection_id"], filters: { inspection_id: naming.map((i: any) => i.id) } })
    : { data: [] as any[] }
  const taken = new Set(graded.map((l: any) => l.inspection_id))
  // The inspector by name only: the association's user ids are not the seller's to know.
  const offered = naming.filter((i: any) => !taken.has(i.id)).map(inspectionView)
  res.json({ inspections: offered.map(({ inspector, seller_id: _seller, ...inspection }) => ({ ...inspection, inspector: { name: inspector.name } })) })
}
