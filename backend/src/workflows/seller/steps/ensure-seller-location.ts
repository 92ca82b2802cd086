import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"

type Input = { seller_id: string; sales_channel_id: string }

// On first approval a seller gets its own stock location, sold through the store's channel and shipped
// with the manual fulfilment provider. Later approvals keep the location it has.
export const ensureSellerLocationStep = createStep(
  "ensure-seller-location",
  async ({ seller_id, sales_channel_id }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [seller] }: { data: any[] } = await query.graph({
      entity: "seller",
      fields: ["id", "name", "name_en", "town", "stock_location.id"],
      filters: { id: seller_id },
    })
    if (seller.stock_location) return new StepResponse(seller.stock_location.id, null)
    const location = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({
      name: `${seller.name} · ${seller.name_en}`,
      address: { address_1: seller.town, city: "罗田县", country_code: "cn" },
    })
    const links: LinkDefinition[] = [
      { [SELLER_MODULE]: { seller_id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      { [Modules.SALES_CHANNEL]: { sales_channel_id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
    ]
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(location.id, { location_id: location.id, links })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([created.location_id])
  }
)
