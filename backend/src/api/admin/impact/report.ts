import { type ImpactQuery, type ImpactReport, monthIndex } from "@luotian/contract"
import type { MedusaRequest } from "@medusajs/framework/http"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import { toReport } from "../../../modules/impact/shape"

/** The dashboard's report for the request's validated filters (middlewares.ts: ImpactQuery). */
export async function impactReport(req: MedusaRequest): Promise<ImpactReport> {
  const q = req.validatedQuery as ImpactQuery
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const rows = await impact.report({ from: monthIndex(q.from), to: monthIndex(q.to), town: q.town, category: q.category })
  return toReport(rows, q)
}
