import { createRequire } from "node:module"
import StripeBase from "@medusajs/payment-stripe/dist/core/stripe-base"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { PaymentIntentOptions, StripeOptions } from "@medusajs/payment-stripe/dist/types"

/** Medusa's Stripe options, plus `apiBase`: a Stripe API emulator for tests. Unset, the client talks to api.stripe.com. */
export type Options = StripeOptions & { apiBase?: string }

// The stripe package (and so the API version) Medusa's provider is built with, not whatever "stripe" resolves to here.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/** A client for `apiBase`, or undefined to keep the one Medusa's provider made. */
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
abstract class StripeWalletService extends StripeBase {
  static validateOptions(options: Options) {
    StripeBase.validateOptions(options)
    clientFor(options)
  }

  protected constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    this.stripe_ = clientFor(options) ?? this.stripe_
  }
}

/** Alipay 支付宝 (`pp_stripe-alipay_stripe`): Stripe redirects the buyer to Alipay. */
export class StripeAlipayService extends StripeWalletService {
  static identifier = "stripe-alipay"

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
  }

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: ["alipay"], capture_method: "automatic" }
  }
}

/** WeChat Pay 微信支付 (`pp_stripe-wechatpay_stripe`): the buyer scans the QR code Stripe returns. */
export class StripeWechatPayService extends StripeWalletService {
  static identifier = "stripe-wechatpay"

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
  }

  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: ["wechat_pay"], capture_method: "automatic" }
  }
}
