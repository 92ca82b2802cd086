import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StandardEdit } from "../../../../modules/grading/schema"
import { STANDARD_FIELDS, standardView } from "../../../../modules/grading/view"
import { versionStandardWorkflow } from "../../../../workflows/grading/version-standard"

// One version of a standard, superseded ones included.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "grade_standard",
    fields: STANDARD_FIELDS,
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Grade standard with id: ${req.params.id} was not found`)
  res.json({ grade_standard: standardView(data[0]) })
}

// An edit writes the standard's next version; the edited one is superseded.
export async function POST(req: AuthenticatedMedusaRequest<StandardEdit>, res: MedusaResponse) {
  const { result } = await versionStandardWorkflow(req.scope).run({
    input: { id: req.params.id, changes: req.validatedBody, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.json({ grade_standard: result.after, superseded: { id: result.before.id, version: result.before.version, status: "superseded" } })
}
