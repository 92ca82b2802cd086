import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Medusa answers every payment webhook 200 and has the provider verify it seconds later, in a subscriber.
 * Asking the provider first (for Stripe: the Stripe-Signature HMAC and its 5-minute tolerance) lets a forged,
 * stale or unreadable delivery be refused with 400 at once, and lets Stripe show and retry deliveries that a
 * wrong webhook secret rejects. Verified deliveries go on to Medusa's route unchanged.
 */
export async function verifyPaymentWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await req.scope.resolve(Modules.PAYMENT).getWebhookActionAndData({
      provider: req.params.provider,
      payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers as Record<string, unknown> },
    })
  } catch (error) {
    res.status(400).send(`Webhook Error: ${(error as Error).message}`)
    return
  }
  next()
}
