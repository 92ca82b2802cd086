import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeSynonymGroupWorkflow } from "../../../../workflows/synonym/remove-synonym-group"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeSynonymGroupWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "synonym_group", deleted: true })
}
