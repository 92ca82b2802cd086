import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointMonths } from "../../months"
import type { MonthsQuery } from "../../validators"
import { currentPoint } from "../current-point"

/** The point's months: scans, purchases, sales and its referral earnings (see pointMonths). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { point } = await currentPoint(req)
  const { months } = req.validatedQuery as unknown as MonthsQuery
  res.json({ months: (await pointMonths(req.scope, [point.id], months)).get(point.id) })
}
