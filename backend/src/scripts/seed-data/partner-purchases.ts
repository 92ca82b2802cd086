import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { attachCartScanWorkflow } from "../../workflows/partner/attach-cart-scan"
import { completePurchaseWorkflow } from "../../workflows/seller-order/complete-purchase"

// Demo tourists who tasted at a point, scanned its QR code and bought one product from its shelf, paying at the
// village station. Products the browser suites do not count stock of.
const DEMO_PURCHASES: { code: string; handle: string }[] = [
  { code: "tiantangzhai", handle: "roasted-chestnut-special" },
  { code: "tiantangzhai", handle: "roasted-chestnut-first" },
  { code: "ttz-yunjian", handle: "fresh-chestnut-first" },
  { code: "sanlifan-hot-springs", handle: "goat-ribs-choice" },
  { code: "bodaofeng", handle: "chestnut-snack-special" },
]

const TOURIST = {
  first_name: "游客",
  last_name: "示例",
  address_1: "武汉市洪山区示例路 1 号",
  city: "武汉市",
  province: "湖北省",
  postal_code: "430070",
  country_code: "cn",
  phone: "13000000000",
}

/**
 * A few purchases attributed to the demo points, through the store's own workflows (scan → cart → the point's scan on
 * it → checkout), so the points' owners and the association's chart have something to show. Once: a store whose demo
 * points brought any order already gets none.
 */
export async function seedPartnerPurchases(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = [...new Set(DEMO_PURCHASES.map((p) => p.code))]
  const { data: points } = await query.graph({ entity: "partner_point", fields: ["id", "orders.id"], filters: { code: codes } })
  if (points.some((point: any) => point.orders?.some(Boolean))) return 0
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Default Sales Channel" })
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  let placed = 0
  for (const { code, handle } of DEMO_PURCHASES) {
    const { data: [product] } = await query.graph({ entity: "product", fields: ["variants.id", "shipping_profile.id"], filters: { handle } })
    if (!product?.variants?.length) continue
    const scan = await partners.recordScan(code)
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: channel.id,
        email: `tourist-${placed + 1}@example.cn`,
        items: [{ variant_id: product.variants[0].id, quantity: 1 }],
        shipping_address: TOURIST,
        billing_address: TOURIST,
      },
    })
    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const option = (options as any[]).find((o) => o.shipping_profile_id === (product as any).shipping_profile?.id)
    if (!option) throw new Error(`Seed: no delivery for ${handle}`)
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" } })
    await attachCartScanWorkflow(container).run({ input: { cart_id: cart.id, scan_id: scan.id } })
    await completePurchaseWorkflow(container).run({ input: { cart_id: cart.id } })
    placed++
  }
  return placed
}
