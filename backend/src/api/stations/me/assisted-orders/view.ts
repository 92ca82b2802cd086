import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AssistedOrder } from "@luotian/contract"
import { STATION_MODULE } from "../../../../modules/station"
import type StationModuleService from "../../../../modules/station/service"

type Row = Record<string, any>

const RECORD_FIELDS = [
  "id", "created_at", "villager_name", "villager_phone_sealed", "placed_by",
  "order.id", "order.display_id", "order.currency_code", "order.item_total", "order.shipping_total", "order.total",
  "order.purchase.shares.order.id",
]
const PART_FIELDS = [
  "id", "display_id", "total", "shipping_methods.amount", "seller.name", "seller.name_en",
  "items.title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
]

const iso = (at: unknown) => (at ? new Date(at as string).toISOString() : null)
const num = (value: unknown) => Number(value ?? 0)

function shapePart(part: Row, parcel: Row | undefined) {
  return {
    order_id: part.id,
    display_id: part.display_id,
    seller: { name: part.seller?.name ?? "", name_en: part.seller?.name_en ?? null },
    items: (part.items ?? []).map((item: Row) => ({ title: item.title, variant_title: item.variant_title ?? null, quantity: num(item.quantity), unit_price: num(item.unit_price), total: num(item.total) })),
    delivery: num(part.shipping_methods?.[0]?.amount),
    total: num(part.total),
    parcel: parcel
      ? { id: parcel.id, status: parcel.status, received_at: iso(parcel.received_at), collected_at: iso(parcel.collected_at), collected_with: parcel.collected_with ?? null }
      : null,
  }
}

/**
 * A station's own assisted orders (newest first), or the one with this id: the villager (unsealed for this station
 * only), the purchase's totals as Medusa computed them, and each seller's part with its parcel's journey here.
 */
export async function assistedOrders(scope: MedusaContainer, stationId: string, filters: { id?: string } = {}, page = { take: 50, skip: 0 }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const stations = scope.resolve<StationModuleService>(STATION_MODULE)
  const { data: records, metadata } = await query.graph({
    entity: "station_assisted_order",
    fields: RECORD_FIELDS,
    filters: { station_id: stationId, ...filters },
    pagination: { ...page, order: { created_at: "DESC" } },
  })
  const partIds = (records as Row[]).flatMap((r) => (r.order?.purchase?.shares ?? []).map((s: Row) => s.order?.id).filter(Boolean))
  const { data: parts } = partIds.length ? await query.graph({ entity: "order", fields: PART_FIELDS, filters: { id: partIds }, pagination: { order: { created_at: "ASC" } } }) : { data: [] }
  const parcels = partIds.length ? await stations.listStationParcels({ order_id: partIds, station_id: stationId }) : []
  const users = await stations.listStationUsers({ id: [...new Set((records as Row[]).map((r) => r.placed_by))] }, { select: ["id", "first_name", "email"] })
  const orders: AssistedOrder[] = (records as Row[]).map((record) => {
    const own = new Set((record.order?.purchase?.shares ?? []).map((s: Row) => s.order?.id))
    const user = users.find((u) => u.id === record.placed_by)
    const purchase = record.order ?? {}
    return {
      id: record.id,
      created_at: iso(record.created_at)!,
      villager: stations.villagerOf(record as any),
      placed_by: user?.first_name || user?.email || "",
      purchase: { id: purchase.id, display_id: purchase.display_id, currency_code: purchase.currency_code, item_total: num(purchase.item_total), shipping_total: num(purchase.shipping_total), total: num(purchase.total) },
      parts: (parts as Row[]).filter((p) => own.has(p.id)).map((p) => shapePart(p, parcels.find((c) => c.order_id === p.id))),
      pickup_code: null,
    }
  })
  return { orders, count: metadata?.count ?? orders.length }
}
