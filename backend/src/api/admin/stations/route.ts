import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStationWorkflow } from "../../../workflows/station/create-station"
import type { CreateStation } from "./validators"

const FIELDS = ["*", "parent.id", "parent.code", "parent.name", "users.id", "users.email", "users.role"]

// The network as the association sees it: every station with its parent and its logins.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: stations } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station",
    fields: FIELDS,
    filters: req.validatedQuery as Record<string, string>,
    pagination: { order: { code: "ASC" } },
  })
  res.json({ stations, count: stations.length })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateStation>, res: MedusaResponse) {
  const { result } = await createStationWorkflow(req.scope).run({ input: { station: req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.status(201).json({ station: result })
}
