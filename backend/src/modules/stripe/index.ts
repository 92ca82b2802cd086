import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeAlipayService, StripeCardService, StripeWechatPayService } from "./providers"

// Registered with id "stripe": pp_stripe_stripe (cards), pp_stripe-alipay_stripe, pp_stripe-wechatpay_stripe.
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardService, StripeAlipayService, StripeWechatPayService],
})
