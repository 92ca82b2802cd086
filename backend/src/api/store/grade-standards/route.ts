import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publicStandardView, STANDARD_FIELDS } from "../../../modules/grading/view"
import type { StoreStandardsQuery } from "../../admin/grade-standards/validators"

// For buyers: the standards in force, each grade with its criteria in plain words and its price band. No inspections.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { category } = req.validatedQuery as StoreStandardsQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "grade_standard",
    fields: STANDARD_FIELDS,
    filters: { status: "current", ...(category && { category }) },
    pagination: { order: { category: "ASC" } },
  })
  const grade_standards = data.map(publicStandardView)
  res.json({ grade_standards, count: grade_standards.length })
}
