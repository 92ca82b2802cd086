import { createShippingOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_TARIFF } from "../../lib/delivery"
import { ensurePickupDeliveryWorkflow } from "../station/ensure-pickup-delivery"
import { ensureSellerLocationStep } from "./steps/ensure-seller-location"
import { ensureSellerShippingStep } from "./steps/ensure-seller-shipping"

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

// A seller ships from its own location with its own shipping profile and options, set up once.
export const setUpSellerDeliveryWorkflow = createWorkflow(
  "set-up-seller-delivery",
  (input: { seller_id: string; sales_channel_id: string }) => {
    const location_id = ensureSellerLocationStep(input)
    const shipping = ensureSellerShippingStep({ seller_id: input.seller_id, location_id })
    const { data: regions } = useQueryGraphStep({ entity: "region", fields: ["id", "currency_code"] })
    when(shipping, (shipping) => !!shipping.zone_ids).then(() => {
      const options = transform({ shipping, regions }, ({ shipping, regions }) =>
        DELIVERY_TARIFF.flatMap((tariff) => {
          const region = regions.find((r) => r.currency_code === tariff.currency_code)
          if (!region) return []
          return [{
            name: tariff.name,
            price_type: "flat" as const,
            provider_id: "manual_manual",
            service_zone_id: shipping.zone_ids![tariff.zone],
            shipping_profile_id: shipping.profile_id,
            type: { label: tariff.name, description: tariff.name, code: tariff.code },
            prices: [{ currency_code: tariff.currency_code, amount: tariff.amount }, { region_id: region.id, amount: tariff.amount }],
            rules: STORE_RULES,
          }]
        })
      )
      createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    ensurePickupDeliveryWorkflow.runAsStep({ input: { seller_id: input.seller_id } })
    return new WorkflowResponse({ location_id, shipping_profile_id: shipping.profile_id })
  }
)
