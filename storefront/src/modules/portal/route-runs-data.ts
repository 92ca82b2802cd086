import type { SellerRunOrder } from "@luotian/contract"
import { asSeller, type PortalSession } from "./data"

/** The seller's orders that go by route run, latest consignment per order (a pickup, then its parcel). */
export async function ordersOnRuns(s: PortalSession): Promise<Map<string, SellerRunOrder>> {
  const { orders } = await asSeller<{ orders: SellerRunOrder[] }>(s.token, "/vendors/me/route-runs")
  return new Map(orders.map((o) => [o.order_id, o]))
}
