import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reindexCatalogue } from "../../../../search/reindex"

/** Rebuilds the product index and swaps it in place of the serving one (no downtime, no index left behind). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  res.json(await reindexCatalogue(req.scope))
}
