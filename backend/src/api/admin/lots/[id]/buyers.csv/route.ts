import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordBuyersExportWorkflow } from "../../../../../workflows/lot/record-buyers-export"
import { sendCsv } from "../../../../statements"
import { buyersCsv } from "../../buyers"
import { recallLot } from "../../lot"

// The buyers of a lot's parcels, to contact in a recall. The export is audited before anything is sent: no entry, no
// file.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { lot, purchases } = await recallLot(req.scope, req.params.id)
  const csv = await buyersCsv(req.scope, purchases)
  await recordBuyersExportWorkflow(req.scope).run({ input: { lot_id: lot.id, actor_id: req.auth_context.actor_id, rows: csv.rows } })
  res.setHeader("Cache-Control", "no-store")
  sendCsv(res, `recall-${lot.code}-buyers.csv`, csv.text)
}
