import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_ZONES } from "../../../lib/delivery"
import { SELLER_MODULE } from "../../../modules/seller"

type Input = { seller_id: string; location_id: string }
type Shipping = { profile_id: string; zone_ids: string[] | null }
type Created = { profile_id: string; fulfillment_set_id: string; links: LinkDefinition[] }

// On first approval a seller gets its own shipping profile and delivery zones at its own location, so each
// seller's share of a cart is delivered (and priced) on its own. Later approvals keep them (zone_ids: null).
export const ensureSellerShippingStep = createStep(
  "ensure-seller-shipping",
  async ({ seller_id, location_id }: Input, { container }): Promise<StepResponse<Shipping, Created | null>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [seller] }: { data: any[] } = await query.graph({
      entity: "seller",
      fields: ["id", "handle", "shipping_profile.id"],
      filters: { id: seller_id },
    })
    if (seller.shipping_profile) return new StepResponse({ profile_id: seller.shipping_profile.id as string, zone_ids: null }, null)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const profile = await fulfillment.createShippingProfiles({ name: `seller:${seller.handle}`, type: "seller" })
    const set = await fulfillment.createFulfillmentSets({
      name: `seller:${seller.handle}`,
      type: "shipping",
      service_zones: DELIVERY_ZONES.map((zone) => ({
        name: `${seller.handle} · ${zone.name}`, // zone names are unique store-wide
        geo_zones: zone.countries.map((country_code) => ({ country_code, type: "country" as const })),
      })),
    })
    const links: LinkDefinition[] = [
      { [SELLER_MODULE]: { seller_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    ]
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    const zone_ids = set.service_zones.map((zone) => zone.id)
    return new StepResponse({ profile_id: profile.id, zone_ids }, { profile_id: profile.id, fulfillment_set_id: set.id, links })
  },
  async (created: Created | null | undefined, { container }) => {
    if (!created) return
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await fulfillment.deleteFulfillmentSets([created.fulfillment_set_id])
    await fulfillment.deleteShippingProfiles([created.profile_id])
  }
)
