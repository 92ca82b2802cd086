import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const INTERNATIONAL = ["us", "gb", "de", "fr", "nl", "jp", "sg", "au", "ca"]

/** Store, regions, county warehouse, delivery and the storefront's publishable key. */
export async function seedStore(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [channel] = await salesChannels.listSalesChannels({ name: "Default Sales Channel" })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "罗田县域特产旗舰店 Luotian flagship store",
        supported_currencies: [
          { currency_code: "cny", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "中国大陆 Mainland China", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] },
        { name: "International", currency_code: "usd", countries: INTERNATIONAL, payment_providers: ["pp_system_default"] },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: ["cn", ...INTERNATIONAL].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{ name: "罗田县凤山镇物流中心 Fengshan logistics hub", address: { city: "罗田县", country_code: "cn", address_1: "凤山镇" } }],
    },
  })
  await container.resolve("link").create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })

  const shippingProfileId = await seedDelivery(container, location.id, regions)

  const key = await storefrontKey(container)
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  return { salesChannelId: channel.id, locationId: location.id, shippingProfileId, publishableKey: key.token }
}

// Medusa may already have made a publishable key at boot; the storefront uses that one.
async function storefrontKey(container: MedusaContainer) {
  const [existing] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
  if (existing) return existing
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Luotian storefront", type: "publishable", created_by: "" }] },
  })
  return result[0]
}

async function seedDelivery(container: MedusaContainer, locationId: string, regions: { id: string; currency_code: string }[]) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  const set = await fulfillment.createFulfillmentSets({
    name: "罗田县域配送 County delivery",
    type: "shipping",
    service_zones: [
      { name: "中国大陆 Mainland China", geo_zones: [{ country_code: "cn", type: "country" }] },
      { name: "International", geo_zones: INTERNATIONAL.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await container.resolve("link").create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const regionOf = (currency: string) => regions.find((region) => region.currency_code === currency)!.id
  const option = (name: string, zone: number, currency: string, amount: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: set.service_zones[zone].id,
    shipping_profile_id: profile.id,
    type: { label: name, description: name, code: zone === 0 ? "standard-cn" : "express-intl" },
    prices: [{ currency_code: currency, amount }, { region_id: regionOf(currency), amount }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [option("标准快递 Standard delivery", 0, "cny", 12), option("International express", 1, "usd", 25)],
  })
  return profile.id
}
