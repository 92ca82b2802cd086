import { monthIndex, monthOfIndex, type PublicImpact } from "@luotian/contract"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { toPublic, toReport } from "../../../modules/impact/shape"

// The public impact page's figures: aggregates only, groups of fewer than five households hidden. Defaults to the
// last 12 Beijing months.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string }
  const to = q.to ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7)
  const from = q.from ?? monthOfIndex(monthIndex(to) - 11)
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const filter = { from: monthIndex(from), to: monthIndex(to) }
  const rows = await impact.report(filter, { householdsByCategory: true })
  const body: PublicImpact = toPublic(toReport(rows, { from, to }), rows.householdsByCategory)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ impact: body })
}
