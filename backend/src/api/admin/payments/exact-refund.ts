import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, defaultCurrencies, MathBN, MedusaError } from "@medusajs/framework/utils"

/**
 * A refund is money sent back through the provider, so it must be exact: in whole minor units (fen, cents) and
 * no more than captured − refunded. Medusa allows one minor unit over (its rounding tolerance) and finer amounts
 * that Stripe would round or refuse, which would surface as a 500. Anything else is left to Medusa's own checks.
 */
export async function exactRefund(req: MedusaRequest<{ amount?: unknown }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const amount = req.body?.amount
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount <= 0) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["currency_code", "captures.raw_amount", "refunds.raw_amount"],
    filters: { id: req.params.id },
  })
  if (!payment) return next()
  const total = (rows: { raw_amount: unknown }[] | null | undefined) => MathBN.sum(0, ...(rows ?? []).map((row) => MathBN.convert(row.raw_amount as any)))
  const left = MathBN.sub(total(payment.captures as any), total(payment.refunds as any))
  const digits = defaultCurrencies[payment.currency_code.toUpperCase()]?.decimal_digits ?? 2
  if ((MathBN.convert(amount).decimalPlaces() ?? 0) > digits) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `A refund in ${payment.currency_code} has at most ${digits} decimals`))
  }
  if (MathBN.gt(amount, left)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Only ${left.toFixed(digits)} is left to refund on this payment`))
  }
  next()
}
