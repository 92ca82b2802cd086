import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import { methodStation, pickupStationProblem } from "../pickup"

/** Before the cart is completed: every station its deliveries name still takes parcels (it may have been suspended since). */
export const checkPickupStationsStep = createStep("check-pickup-stations", async (cartId: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["completed_at", "shipping_methods.data"],
    filters: { id: cartId },
  })
  if ((data[0] as any)?.completed_at) return // a second completion answers the purchase already placed
  for (const method of (data[0] as any)?.shipping_methods ?? []) {
    const stationId = methodStation(method)
    const problem = stationId && (await pickupStationProblem(container, stationId))
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
})

/** After the split: each seller order to be picked up at a station is linked to it (undone if checkout fails after). */
export const linkPickupStationsStep = createStep(
  "link-pickup-stations",
  async (orderIds: string[], { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "shipping_methods.data"],
      filters: { id: orderIds },
    })
    const links: LinkDefinition[] = (data as any[]).flatMap((order) => {
      const station_id = methodStation(order.shipping_methods?.[0])
      return station_id ? [{ [STATION_MODULE]: { station_id }, [Modules.ORDER]: { order_id: order.id } }] : []
    })
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
