import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impactReport } from "./report"

// The association's impact dashboard: sales, households, stations and logistics for a month range.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ impact: await impactReport(req) })
}
