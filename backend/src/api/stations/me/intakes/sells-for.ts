import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentStation } from "../current-station"

/** The intake routes (代销) are for stations the association lets sell for villagers; the others are refused (403). */
export function sellsForVillagers(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { station } = currentStation(req)
    if (station.offers_sell_for !== true) throw new MedusaError(MedusaError.Types.FORBIDDEN, `station: ${station.code} does not offer selling for villagers (代销)`)
    next()
  } catch (error) {
    next(error)
  }
}
