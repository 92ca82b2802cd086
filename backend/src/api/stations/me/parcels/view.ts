import type { MedusaRequest } from "@medusajs/framework/http"
import type { ParcelStatus } from "@luotian/contract"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beijingDay } from "../../../../modules/station/rules"
import { cashDue, paysAtStation } from "../../../../workflows/station/cash"
import { paymentState, recordedSharePayments } from "../../../../workflows/seller-order/steps/record-share-payment"

export type ParcelList = "due" | "arrived_today" | "waiting" | "collected"

const FIELDS = [
  "id", "status", "shipped_at", "dispatched_at", "received_at", "collected_at", "collected_with", "failed_attempts", "station_id",
  "order.id", "order.display_id", "order.total", "order.currency_code", "order.shipping_address.last_name", "order.shipping_address.first_name",
  "order.items.title", "order.items.variant_title", "order.items.quantity",
  "order.share.purchase.order.payment_collections.payments.provider_id",
  "order.share.purchase.order.payment_collections.payments.canceled_at",
]

const STATUSES: Record<ParcelList, ParcelStatus[]> = {
  due: ["shipped_to_hub", "on_route"],
  arrived_today: ["at_station"],
  waiting: ["at_station"],
  collected: ["collected"],
}

/**
 * A station's parcels as its operator sees them: what is in it, the cash to collect, and the buyer only as a family
 * name with a mask (the buyer's data stay with the seller and the association). Another station's parcel is never read.
 */
export async function stationParcels(req: MedusaRequest, station_id: string, filter: { list?: ParcelList; id?: string }) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "station_parcel",
    fields: FIELDS,
    filters: { station_id, ...(filter.id ? { id: filter.id } : {}), ...(filter.list ? { status: STATUSES[filter.list] } : {}) },
    pagination: { order: { shipped_at: "ASC" } },
  })
  const today = beijingDay(new Date())
  const rows = (data as any[]).filter((p) => filter.list !== "arrived_today" || (p.received_at && beijingDay(new Date(p.received_at)) === today))
  const payments = await recordedSharePayments(req.scope, rows.map((p) => p.order.id))
  return rows.map((parcel) => {
    const order = parcel.order
    const captured = paymentState(payments.filter((p) => p.order_id === order.id)).captured
    const purchasePayments = order.share?.purchase?.order?.payment_collections?.flatMap((c: any) => c?.payments ?? []) ?? []
    return {
      id: parcel.id,
      status: parcel.status,
      shipped_at: parcel.shipped_at,
      received_at: parcel.received_at,
      collected_at: parcel.collected_at,
      collected_with: parcel.collected_with,
      failed_attempts: parcel.failed_attempts,
      order: {
        display_id: order.display_id,
        currency_code: order.currency_code,
        items: (order.items ?? []).map((i: any) => ({ title: i.title, variant_title: i.variant_title, quantity: Number(i.quantity) })),
      },
      buyer: maskName(order.shipping_address?.last_name || order.shipping_address?.first_name),
      cash_due: parcel.status === "collected" ? "0.00" : cashDue({ total: order.total, captured }, paysAtStation(purchasePayments)),
    }
  })
}

/**
 * The name's first character and a mask, e.g. "李*": enough to call a buyer at the counter, nothing more. The family
 * name when the address has one apart; the storefront's checkout keeps the whole Chinese name (family name first) in
 * first_name.
 */
const maskName = (lastName?: string | null) => (lastName ? `${[...lastName.trim()][0] ?? ""}*` : "*")
