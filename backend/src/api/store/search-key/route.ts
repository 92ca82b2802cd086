import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { publicSearch } from "../../../search/public-search"

/** The public index and its search-only key, for the storefront's direct search; 404 when Postgres answers searches. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const found = await publicSearch(req.scope.resolve(Modules.SEARCH))
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The catalogue is searched through the backend here (no Meilisearch)")
  res.set("cache-control", "public, max-age=60")
  res.json(found)
}
