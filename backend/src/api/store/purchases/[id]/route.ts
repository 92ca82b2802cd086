import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readableOrder, readerOf } from "../access"
import { PURCHASE_FIELDS, withParts } from "../shape"

/**
 * A purchase, for its customer (logged in) or the guest who holds the cart it was completed from (see access.ts);
 * to anyone else, and for a seller's part, it does not exist (404). Knowing the id is not enough.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const order = await readableOrder(req.scope, req.params.id, readerOf(req), PURCHASE_FIELDS)
  const [purchase] = await withParts(req.scope, [order])
  res.json({ purchase })
}
