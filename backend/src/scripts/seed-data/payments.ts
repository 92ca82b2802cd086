import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

// Pay at the village station everywhere; Stripe's card, Alipay and WeChat Pay where they are registered
// (medusa-config.ts registers them only with STRIPE_API_KEY). Alipay and WeChat Pay are for buyers paying in CNY.
const PROVIDERS: Record<string, string[]> = {
  cny: ["pp_system_default", "pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"],
  usd: ["pp_system_default", "pp_stripe_stripe"],
}

/** The payment providers for a new region in the given currency, of those the payment module has. */
export async function paymentProvidersFor(container: MedusaContainer, currency: string) {
  const wanted = PROVIDERS[currency] ?? ["pp_system_default"]
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: wanted, is_enabled: true })
  return wanted.filter((id) => registered.some((provider) => provider.id === id))
}
