import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LOT_FIELDS, lotView } from "../../../workflows/lot/read"
import { lotShipments } from "../../../workflows/lot/recall-read"

/** Any seller's lot as the association sees it in a recall: the lot, its seller, its shipments and their purchases. */
export async function recallLot(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "lot", fields: [...LOT_FIELDS, "seller.id", "seller.handle", "seller.name", "seller.name_en"], filters: { id } })
  const lot = data[0] as any
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot with id: ${id} was not found`)
  const { seller } = lot
  return { lot: { ...lotView(lot), seller: { id: seller.id, handle: seller.handle, name: seller.name, name_en: seller.name_en } }, ...(await lotShipments(query, id)) }
}
