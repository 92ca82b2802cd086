import { MathBN } from "@medusajs/framework/utils"

/** Medusa's system provider is "pay at the village station": such a purchase is paid in cash when its parcels are collected. */
export const STATION_CASH_PROVIDER = "pp_system_default"

type Payment = { provider_id?: string | null; canceled_at?: unknown }

/** Pure: whether a purchase's payment is cash at the station. */
export const paysAtStation = (payments: Payment[]) => payments.some((p) => !p.canceled_at && p.provider_id === STATION_CASH_PROVIDER)

/** Pure: the cash the station collects for a share: what is not yet captured, when the buyer pays at the station. */
export function cashDue(share: { total: unknown; captured: unknown }, atStation: boolean) {
  if (!atStation) return "0.00"
  const due = MathBN.sub(share.total as any, share.captured as any)
  return (MathBN.gt(due, 0) ? due : MathBN.convert(0)).toFixed(2)
}
