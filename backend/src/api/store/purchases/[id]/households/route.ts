import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reachOfPurchase } from "../../../../../workflows/ledger/purchase-reach"
import { readableOrder, readerOf } from "../../access"

/**
 * How many households the purchase brought income to, by town, and how many are registered-poor: counts only, groups
 * under five hidden. For the purchase's own buyer (access.ts); anyone else gets 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await readableOrder(req.scope, req.params.id, readerOf(req))
  res.json({ reach: await reachOfPurchase(req.scope, req.params.id) })
}
