import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseItem } from "../group-by-seller"

export type SellerOrdersInput = {
  purchase: {
    id: string
    email: string
    currency_code: string
    region_id: string
    sales_channel_id: string
    customer_id?: string | null
    shipping_address?: Record<string, unknown> | null
  }
  groups: { seller_id: string; items: PurchaseItem[] }[]
}

const addressOf = (address?: Record<string, any> | null) =>
  address && {
    first_name: address.first_name,
    last_name: address.last_name,
    address_1: address.address_1,
    address_2: address.address_2,
    city: address.city,
    province: address.province,
    postal_code: address.postal_code,
    country_code: address.country_code,
    phone: address.phone,
  }

// One order per seller with that seller's items, pointing back at the purchase the buyer paid for.
export const createSellerOrdersStep = createStep(
  "create-seller-orders",
  async ({ purchase, groups }: SellerOrdersInput, { container }) => {
    const orders = await container.resolve(Modules.ORDER).createOrders(
      groups.map((group) => ({
        email: purchase.email,
        currency_code: purchase.currency_code,
        region_id: purchase.region_id,
        sales_channel_id: purchase.sales_channel_id,
        customer_id: purchase.customer_id ?? undefined,
        shipping_address: addressOf(purchase.shipping_address),
        status: "pending" as const,
        metadata: { purchase_order_id: purchase.id, seller_id: group.seller_id },
        items: group.items.map(({ id, seller_id: _seller, ...item }) => ({ ...item, metadata: { purchase_line_item_id: id } })),
      })) as any
    )
    return new StepResponse(
      orders.map((order, i) => ({ order_id: order.id, seller_id: groups[i].seller_id })),
      orders.map((order) => order.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
