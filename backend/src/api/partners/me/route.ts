import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentPoint } from "./current-point"

/** The owner and its point, with the referral rate the association set for it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { owner, point } = await currentPoint(req)
  const { id, code, kind, name, name_en, town, town_en, referral_rate, active } = point
  res.json({ owner, partner: { id, code, kind, name, name_en, town, town_en, referral_rate, active } })
}
