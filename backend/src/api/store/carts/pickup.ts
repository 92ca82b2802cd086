import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STATION_PICKUP_CODE } from "@luotian/contract"
import { pickupStationProblem } from "../../../workflows/station/pickup"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Choosing a delivery: pickup at a station names an active station that offers pickup (`data: { station_id }`);
 * no other delivery takes a station.
 */
export async function guardPickupChoice(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { option_id, data } = (req.body ?? {}) as { option_id?: unknown; data?: unknown }
    if (typeof option_id !== "string") return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: option_id } })
    const pickup = (options[0] as any)?.type?.code === STATION_PICKUP_CODE
    const given = data && typeof data === "object" ? (data as Record<string, unknown>) : null
    if (!pickup) {
      if (given && "station_id" in given) throw invalid("data.station_id: only pickup at a station takes a station")
      return next()
    }
    if (!given || typeof given.station_id !== "string" || Object.keys(given).length !== 1) {
      throw invalid("data.station_id: pickup at a station needs the station, and nothing else, in data")
    }
    const problem = await pickupStationProblem(req.scope, given.station_id)
    if (problem) throw invalid(problem)
    next()
  } catch (error) {
    next(error)
  }
}
