import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STANDARD_FIELDS, standardView } from "../../../modules/grading/view"
import type { ListStandardsQuery } from "./validators"

// Every version of the association's standards (current and superseded), by category, newest version first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { category, status } = req.validatedQuery as ListStandardsQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "grade_standard",
    fields: STANDARD_FIELDS,
    filters: { ...(category && { category }), ...(status && { status }) },
    pagination: { order: { category: "ASC", version: "DESC" } },
  })
  const grade_standards = data.map(standardView)
  res.json({ grade_standards, count: grade_standards.length })
}
