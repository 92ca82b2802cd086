import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../modules/partner"
import type PartnerModuleService from "../../../../modules/partner/service"
import { pointMonths, sumMonths } from "../../../partners/months"
import type { MonthsQuery } from "../../../partners/validators"

/** Every point's months and their totals over the range, for the association's chart of sales per spot (see pointMonths). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { months } = req.validatedQuery as unknown as MonthsQuery
  const points = await req.scope
    .resolve<PartnerModuleService>(PARTNER_MODULE)
    .listPartnerPoints({}, { select: ["id", "code", "kind", "name", "name_en"], order: { kind: "DESC", code: "ASC" }, take: null })
  const figures = await pointMonths(req.scope, points.map((point) => point.id as string), months)
  res.json({
    months,
    partners: points.map((point) => {
      const own = figures.get(point.id as string) ?? []
      return { ...point, months: own, totals: sumMonths(own) }
    }),
  })
}
