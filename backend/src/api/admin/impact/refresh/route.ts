import type { ImpactRefreshBody } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshImpactWorkflow } from "../../../../workflows/impact/refresh-impact"

// Rebuilds the rollups of the months now, rather than at the hourly job.
export async function POST(req: AuthenticatedMedusaRequest<ImpactRefreshBody>, res: MedusaResponse) {
  const { from, to } = req.validatedBody
  const { result } = await refreshImpactWorkflow(req.scope).run({ input: { from, to } })
  res.json({ refreshed: { from, to, ...result } })
}
