import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STATION_MODULE } from "../../../../modules/station"
import type StationModuleService from "../../../../modules/station/service"
import { currentSeller } from "../current-seller"

// Which of the seller's own orders go by route run, and when the run collected them and brought them in.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["orders.id"], filters: { id: seller.id } })
  const ids = ((data[0] as any)?.orders ?? []).filter(Boolean).map((o: any) => o.id as string)
  const orders = await req.scope.resolve<StationModuleService>(STATION_MODULE).ordersOnRuns(ids)
  res.json({ orders, count: orders.length })
}
