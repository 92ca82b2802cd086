import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SynonymGroupInput } from "@luotian/contract"
import { SYNONYM_MODULE } from "../../../modules/synonym"
import type SynonymModuleService from "../../../modules/synonym/service"
import { addSynonymGroupWorkflow } from "../../../workflows/synonym/add-synonym-group"

const view = (group: { id: string; words: string[]; created_at: Date }) => ({ id: group.id, words: group.words, created_at: group.created_at })

// The association's synonym groups, oldest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const groups = await req.scope.resolve<SynonymModuleService>(SYNONYM_MODULE).groups()
  res.json({ synonym_groups: groups.map(view), count: groups.length })
}

export async function POST(req: AuthenticatedMedusaRequest<SynonymGroupInput>, res: MedusaResponse) {
  const { result } = await addSynonymGroupWorkflow(req.scope).run({
    input: { words: req.validatedBody.words, actor_type: "user", actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ synonym_group: view(result) })
}
