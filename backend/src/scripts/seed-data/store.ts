import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { INTERNATIONAL } from "../../lib/delivery"
import { paymentProvidersFor } from "./payments"

/** Store, regions, taxes and the storefront's publishable key; each seller delivers from its own location. */
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
        { name: "中国大陆 Mainland China", currency_code: "cny", countries: ["cn"], payment_providers: await paymentProvidersFor(container, "cny") },
        { name: "International", currency_code: "usd", countries: INTERNATIONAL, payment_providers: await paymentProvidersFor(container, "usd") },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: ["cn", ...INTERNATIONAL].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const key = await storefrontKey(container)
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  return { salesChannelId: channel.id, publishableKey: key.token }
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
