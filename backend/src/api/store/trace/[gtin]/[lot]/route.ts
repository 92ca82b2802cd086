import { gtin13From } from "@luotian/contract"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { memberCount } from "../../../sellers/public-profile"
import { TRACE_FIELDS, traceView } from "../../trace-view"
import { TraceParams } from "../../validators"

// What a lot's GS1 Digital Link (/01/<GTIN-14>/10/<lot>) answers: the lot of the product that size belongs to.
// A withdrawn lot still answers (saying so): a buyer holding its package must learn it was withdrawn.
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // Checked by the route's middleware already; parsed again for the normalised lot code.
  const { gtin, lot: code } = TraceParams.parse(req.params)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ean = gtin13From(gtin)!
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["title", "weight", "ean", "product_id"], filters: { ean } })
  const { data: lots } = variants.length
    ? await query.graph({ entity: "lot", fields: TRACE_FIELDS, filters: { product_id: variants.map((v: any) => v.product_id), code } })
    : { data: [] as any[] }
  const lot = lots[0] as any
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `lot: no lot ${code} of GTIN ${gtin} is known`)
  const variant = variants.find((v: any) => v.product_id === lot.product.id) as any
  res.json({ trace: traceView(lot, variant, await memberCount(query, lot.seller_id)) })
}
