import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { oneRun } from "../run"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ run: await oneRun(req) })
}
