import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type CurrentStation = {
  user: { id: string; email: string; role: "owner" | "staff"; first_name: string | null; last_name: string | null }
  station: { id: string; code: string; kind: string; status: string; [field: string]: unknown }
}

const current = new WeakMap<MedusaRequest, CurrentStation>()

/**
 * Every /stations/me route: the station the logged-in station user works for, refused (403) while the association
 * has it suspended. The routes read it with currentStation(req), so each is scoped to its own station.
 */
export async function activeStation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "station_user",
      fields: ["id", "email", "role", "first_name", "last_name", "station.*"],
      filters: { id: (req as AuthenticatedMedusaRequest).auth_context.actor_id },
    })
    const { station, ...user } = (data[0] ?? {}) as any
    if (!station) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
    if (station.status !== "active") throw new MedusaError(MedusaError.Types.FORBIDDEN, `station: ${station.code} is suspended by the association`)
    current.set(req, { user, station })
    next()
  } catch (error) {
    next(error)
  }
}

export function currentStation(req: MedusaRequest): CurrentStation {
  const found = current.get(req)
  if (!found) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return found
}
