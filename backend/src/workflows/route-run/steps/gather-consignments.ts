import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STATION_MODULE } from "../../../modules/station"
import { beijingDay } from "../../../modules/station/rules"
import { type Consignment, DEFAULT_WEIGHT_G, type NetworkStation } from "../../../modules/station/route-runs"
import type StationModuleService from "../../../modules/station/service"
import { orderWeightsG } from "../weights"

export type DayConsignment = Consignment & { order_id: string }
type Source = (container: MedusaContainer, day: string, network: { hub: NetworkStation; stations: NetworkStation[] }) => Promise<DayConsignment[]>

/** Parcels waiting at the county hub (shipped there by the day) for their station. */
const parcelsAtHub: Source = async (container, day, { hub }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station_parcel",
    fields: ["id", "order_id", "station_id", "weight_g", "shipped_at", "order.display_id"],
    filters: { status: "shipped_to_hub" },
  })
  return (data as any[])
    .filter((p) => beijingDay(new Date(p.shipped_at)) <= day)
    .map((p) => ({
      kind: "parcel", ref_id: p.id, order_id: p.order_id, code: p.order?.display_id ? `#${p.order.display_id}` : p.id,
      weight_g: p.weight_g ?? DEFAULT_WEIGHT_G, from_station_id: hub.id, to_station_id: p.station_id,
    }))
}

/** Seller orders placed by the day and not shipped yet, picked up at the station of the seller's town for the hub. */
const sellerOrdersToCollect: Source = async (container, day, { hub, stations }) => {
  const townStation = new Map(stations.filter((s) => s.kind === "town").map((s) => [s.town, s.id]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "town", "status", "orders.id", "orders.display_id", "orders.status", "orders.created_at", "orders.fulfillments.id", "orders.fulfillments.canceled_at", "orders.items.*"],
    filters: { town: [...townStation.keys()] },
  })
  const waiting = (o: any) => o && o.status === "pending" && beijingDay(new Date(o.created_at)) <= day && !(o.fulfillments ?? []).some((f: any) => f && !f.canceled_at)
  const weights = await orderWeightsG(query, (data as any[]).flatMap((seller) => (seller.orders ?? []).filter(waiting)))
  return (data as any[]).flatMap((seller) =>
    (seller.orders ?? [])
      .filter(waiting)
      .map((o: any) => ({
        kind: "seller_pickup", ref_id: o.id, order_id: o.id, code: `#${o.display_id}`, weight_g: weights.get(o.id) ?? DEFAULT_WEIGHT_G,
        from_station_id: townStation.get(seller.town)!, to_station_id: hub.id,
      }))
  )
}

/** Produce stations took in for sellers (代销) by the day, carried from the station to the hub for its buying seller. */
const intakesToCollect: Source = async (container, day, { hub }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station_intake",
    fields: ["id", "station_id", "receipt_number", "quantity_kg", "day"],
    filters: { day: { $lte: day } },
  })
  return (data as any[])
    .filter((intake) => intake.station_id !== hub.id)
    .map((intake) => ({
      kind: "intake", ref_id: intake.id, order_id: intake.id, code: intake.receipt_number,
      weight_g: Math.max(1, Math.round(Number(intake.quantity_kg) * 1000)), from_station_id: intake.station_id, to_station_id: hub.id,
    }))
}

// Every kind of consignment moving in the county; a new kind is one more source here.
const SOURCES: Source[] = [parcelsAtHub, sellerOrdersToCollect, intakesToCollect]

/** A day's consignments from every source, less those another run already carries; and the network they move in. */
export const gatherConsignmentsStep = createStep("gather-route-consignments", async (day: string, { container }) => {
  const service = container.resolve<StationModuleService>(STATION_MODULE)
  const stations = (await service.listStations({}, { select: ["id", "code", "kind", "town"] })) as NetworkStation[]
  const hub = stations.find((s) => s.kind === "county_hub")
  if (!hub) return new StepResponse({ consignments: [] as DayConsignment[], stations })
  const all = (await Promise.all(SOURCES.map((source) => source(container, day, { hub, stations })))).flat()
  const taken = await service.consignmentsTaken(day, all.map((c) => c.ref_id))
  return new StepResponse({ consignments: all.filter((c) => !taken.has(`${c.kind}/${c.ref_id}`)), stations })
})
