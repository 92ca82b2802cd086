import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { groupBySeller } from "../group-by-seller"

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
  groups: ReturnType<typeof groupBySeller>
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

// One order per seller with that seller's items and delivery, pointing back at the purchase the buyer paid for.
export const createSellerOrdersStep = createStep(
  "create-seller-orders",
  async ({ purchase, groups }: SellerOrdersInput, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const created = await orderModule.createOrders(
      groups.map((group) => ({
        email: purchase.email,
        currency_code: purchase.currency_code,
        region_id: purchase.region_id,
        sales_channel_id: purchase.sales_channel_id,
        customer_id: purchase.customer_id ?? undefined,
        shipping_address: addressOf(purchase.shipping_address),
        status: "pending" as const,
        metadata: { purchase_order_id: purchase.id, seller_id: group.seller_id },
        items: group.items.map(({ id, ...item }) => ({ ...item, metadata: { purchase_line_item_id: id } })),
        shipping_methods: group.shipping_methods,
      })) as any
    )
    const ids = created.map((order) => order.id)
    const orders = await orderModule.listOrders({ id: ids }, { relations: ["items"] })
    const byId = new Map(orders.map((order) => [order.id, order]))
    // Each order says whose it is: createOrders need not answer in the order it was given the groups.
    return new StepResponse(
      ids.map((order_id) => ({
        order_id,
        seller_id: byId.get(order_id)!.metadata!.seller_id as string,
        items: (byId.get(order_id)!.items ?? []).map((item) => ({
          id: item.id,
          purchase_line_item_id: item.metadata?.purchase_line_item_id as string,
        })),
      })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
