import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownIntake } from "../own-intake"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ intake: await ownIntake(req) })
}
