import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { recordRemittanceWorkflow } from "../../../../workflows/station/record-remittance"
import { currentStation } from "../current-station"
import type { RemittanceBody } from "../validators"

// Cash handed on to the association, booked in CNY (the currency buyers pay stations in).
export async function POST(req: AuthenticatedMedusaRequest<RemittanceBody>, res: MedusaResponse) {
  const { station, user } = currentStation(req)
  const { result } = await recordRemittanceWorkflow(req.scope).run({
    input: { station_id: station.id, amount: req.validatedBody.amount, currency_code: "cny", user_id: user.id, note: req.validatedBody.note },
  })
  res.status(201).json({ entry: { id: result.id, kind: result.kind, amount: MathBN.convert(result.amount as any).toFixed(2), currency_code: result.currency_code, note: result.note } })
}
