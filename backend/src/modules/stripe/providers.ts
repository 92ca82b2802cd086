import { createRequire } from "node:module"
import type { IPaymentProvider } from "@medusajs/framework/types"
import medusaStripe from "@medusajs/payment-stripe"

/** The options Medusa's Stripe provider reads, plus `apiBase`: a Stripe API emulator for tests. Unset, the client talks to api.stripe.com. */
export type Options = { apiKey: string; webhookSecret?: string; capture?: boolean; apiBase?: string }

type PaymentIntentOptions = { payment_method_types?: string[]; capture_method?: "automatic" | "manual" }

/** What this file uses of Medusa's card provider: its options check, its intent options and `stripe_`, the client it
 * declares protected for subclasses. */
type MedusaStripeProvider = {
  validateOptions(options: Options): void
  new (cradle: Record<string, unknown>, options: Options): IPaymentProvider & {
    stripe_: unknown
    get paymentIntentOptions(): PaymentIntentOptions
  }
}

// The package exports its providers only as the module's `services`, not by name: the card one is identified "stripe".
const StripeProviderService = medusaStripe.services.find((service: any) => service.identifier === "stripe") as MedusaStripeProvider

// The stripe package (and so the API version) Medusa's provider is built with, not whatever "stripe" resolves to here.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/**
 * A client for `apiBase` through the Stripe SDK's own host/port/protocol options, or undefined to keep the one Medusa's
 * provider made. Medusa builds its client from `apiKey` alone and offers no option for these, hence the subclasses.
 */
function clientFor({ apiKey, apiBase }: Options) {
  if (!apiBase) return undefined
  const url = new URL(apiBase)
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Stripe apiBase must be an http(s) URL, not ${apiBase}`)
  const protocol = url.protocol.slice(0, -1)
  return new Stripe(apiKey, { host: url.hostname, port: url.port || (protocol === "https" ? 443 : 80), protocol })
}

/** Cards: Medusa's own Stripe provider (`pp_stripe_stripe`), only re-pointed when `apiBase` is set. */
export class StripeCardService extends StripeProviderService {
  static validateOptions(options: Options) {
    StripeProviderService.validateOptions(options)
    clientFor(options)
  }

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    this.stripe_ = clientFor(options) ?? this.stripe_
  }
}

// Stripe has no manual capture for these wallets: the buyer approves in the app and Stripe captures at once.
const WALLET = { capture_method: "automatic" } as const

/** Alipay 支付宝 (`pp_stripe-alipay_stripe`): Stripe redirects the buyer to Alipay. */
export class StripeAlipayService extends StripeCardService {
  static identifier = "stripe-alipay"

  get paymentIntentOptions(): PaymentIntentOptions {
    return { ...WALLET, payment_method_types: ["alipay"] }
  }
}

/** WeChat Pay 微信支付 (`pp_stripe-wechatpay_stripe`): the buyer scans the QR code Stripe returns. */
export class StripeWechatPayService extends StripeCardService {
  static identifier = "stripe-wechatpay"

  get paymentIntentOptions(): PaymentIntentOptions {
    return { ...WALLET, payment_method_types: ["wechat_pay"] }
  }
}
