import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LISTING_IMPORT_MODULE } from "../../../../../modules/listing-import"
import type ListingImportModuleService from "../../../../../modules/listing-import/service"
import { currentSeller } from "../../current-seller"

// One import's progress, which the portal polls; another seller's import is a 404.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const job = await req.scope.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE).ownImport(req.params.id, seller.id)
  res.json({ import: job })
}
