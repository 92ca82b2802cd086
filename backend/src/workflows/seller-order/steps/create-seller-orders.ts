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

// One order per seller with that seller's items and delivery. It is the seller's, not the buyer's: no customer, so that
// Medusa's GET /store/orders lists the buyer's purchase only; the purchase module links it to the purchase.
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
        shipping_address: addressOf(purchase.shipping_address),
        status: "pending" as const,
        items: group.items.map(({ id, ...item }) => ({ ...item, metadata: { purchase_line_item_id: id } })),
        shipping_methods: group.shipping_methods,
      })) as any
    )
    const ids = created.map((order) => order.id)
    const byId = new Map((await orderModule.listOrders({ id: ids }, { relations: ["items"] })).map((order) => [order.id, order]))
    // createOrders need not answer in the order it was given the groups: each order's items say whose it is.
    const sellerOf = new Map(groups.flatMap((group) => group.items.map((item) => [item.id, group.seller_id])))
    return new StepResponse(
      ids.map((order_id) => {
        const items = (byId.get(order_id)!.items ?? []).map((item) => ({
          id: item.id,
          purchase_line_item_id: item.metadata?.purchase_line_item_id as string,
        }))
        return { order_id, seller_id: sellerOf.get(items[0].purchase_line_item_id)!, items }
      }),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
