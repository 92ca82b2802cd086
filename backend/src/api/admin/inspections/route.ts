import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INSPECTION_FIELDS, inspectionView } from "../../../modules/grading/view"
import { recordInspectionWorkflow } from "../../../workflows/grading/record-inspection"
import type { ListInspectionsQuery, RecordInspection } from "./validators"

// Records an inspection; the answer has the grade the platform computed and what the lot fell short on for each grade.
export async function POST(req: AuthenticatedMedusaRequest<RecordInspection>, res: MedusaResponse) {
  const { result } = await recordInspectionWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.status(201).json(result)
}

// Inspections, newest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller_id, category, limit, offset } = req.validatedQuery as unknown as ListInspectionsQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "inspection",
    fields: INSPECTION_FIELDS,
    filters: { ...(seller_id && { seller_id }), ...(category && { category }) },
    pagination: { order: { inspected_at: "DESC", created_at: "DESC" }, take: limit, skip: offset },
  })
  res.json({ inspections: data.map(inspectionView), count: metadata?.count ?? data.length, limit, offset })
}
