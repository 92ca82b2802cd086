import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_PICKUP_CODE } from "@luotian/contract"
import { DELIVERY_ZONES, STATION_PICKUP } from "../../lib/delivery"
import { STATION_MODULE } from "../../modules/station"
import type StationModuleService from "../../modules/station/service"

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/**
 * The pickup option a seller lacks: in its mainland China zone, at the association's pickup rate. None when the
 * seller has one, has no delivery set up yet, or the association has set no rate.
 */
const planPickupOptionStep = createStep("plan-pickup-option", async ({ seller_id }: { seller_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rate = await container.resolve<StationModuleService>(STATION_MODULE).pickupRate()
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["shipping_profile.id", "stock_location.fulfillment_sets.service_zones.id", "stock_location.fulfillment_sets.service_zones.name"],
    filters: { id: seller_id },
  })
  const seller: any = sellers[0]
  const profileId = seller?.shipping_profile?.id
  const zone = (seller?.stock_location?.fulfillment_sets ?? [])
    .flatMap((set: any) => set?.service_zones ?? [])
    .find((z: any) => z?.name?.endsWith(DELIVERY_ZONES[0].name))
  if (!rate || !profileId || !zone) return new StepResponse([])
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["type.code"], filters: { shipping_profile_id: profileId } })
  if (options.some((o: any) => o.type?.code === STATION_PICKUP_CODE)) return new StepResponse([])
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: rate.currency_code } })
  const prices = [{ currency_code: rate.currency_code, amount: Number(rate.amount) }, ...regions.map((r: any) => ({ region_id: r.id, amount: Number(rate.amount) }))]
  return new StepResponse([
    {
      name: STATION_PICKUP.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zone.id,
      shipping_profile_id: profileId,
      type: { label: STATION_PICKUP.name, description: STATION_PICKUP.name, code: STATION_PICKUP_CODE },
      prices,
      rules: STORE_RULES,
    },
  ])
})

// A seller's "到站自提 Pick up at a station" delivery, added once (on approval, and by the seed for older stores).
export const ensurePickupDeliveryWorkflow = createWorkflow("ensure-pickup-delivery", (input: { seller_id: string }) => {
  const options = planPickupOptionStep(input)
  when("add-pickup-option", { options }, ({ options }) => options.length > 0).then(() => {
    createShippingOptionsWorkflow.runAsStep({ input: options })
  })
  return new WorkflowResponse(options)
})
