import { acquireLockStep, releaseLockStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiveParcelStep } from "./steps/receive-parcel"

type Input = { parcel_id: string; station_id: string; user_id: string }

// The template of the buyer's message; its data carry the code, the station and the order's number.
export const PARCEL_AT_STATION = "parcel-at-station"

/**
 * The station receives a parcel bound for it: the parcel is at the station with a fresh pickup code, and the buyer is
 * told so with the code (Medusa's notification module, "feed" channel: the buyer's account page). Once per parcel,
 * one at a time: a second receive answers the parcel as it is and sends nothing.
 */
export const receiveParcelWorkflow = createWorkflow("receive-station-parcel", (input: Input) => {
  const key = transform({ input }, ({ input }) => `station-parcel:${input.parcel_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const received = receiveParcelStep(input)
  const { data: parcels } = useQueryGraphStep({
    entity: "station_parcel",
    fields: ["id", "order.id", "order.display_id", "order.share.purchase.order.id", "order.share.purchase.order.email", "order.share.purchase.order.customer_id", "station.name", "station.name_en", "station.address", "station.hours"],
    filters: { id: input.parcel_id },
  })
  // A villager's 代购 order has no e-mail or account to tell: its own station received it and calls the villager.
  const tell = transform({ received, parcels }, ({ received, parcels }) => !!received.code && !!(parcels[0] as any)?.order?.share?.purchase?.order?.email)
  when("tell-the-buyer", { tell }, ({ tell }) => tell).then(() => {
    sendNotificationsStep(
      transform({ parcels, received }, ({ parcels, received }) => {
        const parcel: any = parcels[0]
        const purchase = parcel.order.share.purchase.order
        return [
          {
            to: purchase.email,
            channel: "feed",
            template: PARCEL_AT_STATION,
            receiver_id: purchase.customer_id ?? null,
            resource_id: purchase.id ?? null,
            resource_type: "order",
            idempotency_key: `${PARCEL_AT_STATION}:${parcel.id}`,
            data: {
              code: received.code,
              order_display_id: parcel.order.display_id,
              station: { name: parcel.station.name, name_en: parcel.station.name_en, address: parcel.station.address, hours: parcel.station.hours },
            },
          },
        ]
      })
    )
  })
  releaseLockStep({ key })
  return new WorkflowResponse(received.parcel)
})
