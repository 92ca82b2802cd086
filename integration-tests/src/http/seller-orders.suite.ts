import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkout } from "../support/checkout"
import { CHESTNUTS, listApproved, PORIA } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { sellerOrderOf as sellerOrderIn } from "../support/purchases"
import { storeHeaders } from "../support/store"

export default function sellerOrdersSuite({ api, getContainer }: SuiteContext) {
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  let nuts: any
  let poria: any
  let store: { headers: Record<string, string> }

  const ordersOf = async (auth: object) => (await api.get("/vendors/me/orders", auth)).data.orders
  const sellerOrderOf = (auth: object, purchaseId: string) => sellerOrderIn(api, getContainer(), auth, purchaseId)
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const purchasePayment = async (purchaseId: string) => {
    const { data } = await query().graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
      filters: { id: purchaseId },
    })
    return (data[0] as any).payment_collections[0].payments[0]
  }
  const levelOf = async (variantId: string, sellerId: string) => {
    const { data: [seller] } = await query().graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: sellerId } })
    const { data: [variant] } = await query().graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory.location_levels.*"],
      filters: { id: variantId },
    })
    const levels = (variant as any).inventory_items[0].inventory.location_levels
    return levels.find((l: any) => l.location_id === (seller as any).stock_location.id)
  }

  beforeAll(async () => {
    chen = await registerSeller(api, "chen-orders")
    wang = await registerSeller(api, "wang-orders")
    nuts = await listApproved(api, chen, CHESTNUTS)
    poria = await listApproved(api, wang, PORIA)
    store = await storeHeaders(getContainer())
  })

  it("offers each seller's own delivery in a cart that holds products of two sellers", async () => {
    const { data: { regions } } = await api.get("/store/regions", store)
    const region_id = regions.find((r: any) => r.currency_code === "cny").id
    const { data } = await api.post("/store/carts", { region_id, items: [{ variant_id: nuts.variants[0].id, quantity: 1 }, { variant_id: poria.variants[0].id, quantity: 1 }] }, store)
    await api.post(`/store/carts/${data.cart.id}`, { shipping_address: { country_code: "cn", city: "北京市", address_1: "中关村大街 27 号" } }, store)
    const { data: choice } = await api.get(`/store/carts/${data.cart.id}/deliveries`, store)
    expect(choice.deliveries.map((d: any) => [d.seller.id, d.options.map((o: any) => [o.name, o.amount]), d.selected_option_id])).toEqual(
      expect.arrayContaining([
        [chen.id, [["标准快递 Standard delivery", 12], ["到站自提 Pick up at a station", 3]], null],
        [wang.id, [["标准快递 Standard delivery", 12], ["到站自提 Pick up at a station", 3]], null],
      ])
    )
    // A cart with one seller's delivery chosen cannot be completed: the other seller's items have none.
    await api.post(`/store/carts/${data.cart.id}/shipping-methods`, { option_id: choice.deliveries[0].options[0].id }, store)
    const { data: payment } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, store)
    await api.post(`/store/payment-collections/${payment.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    await api.post(`/store/carts/${data.cart.id}`, { email: "buyer@example.cn" }, store)
    const refused = await failure(api.post(`/store/carts/${data.cart.id}/complete`, {}, store))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/shipping profiles/)
  })

  it("splits one purchase into one order per seller, each with its items, delivery and reserved stock", async () => {
    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: 2 },
      { variant_id: poria.variants[0].id, quantity: 3 },
    ])
    // The buyer has one purchase with one payment: 2 × 70 + 3 × 42.5 + two sellers' ¥12 deliveries.
    expect(completed.type).toBe("order")
    expect(Number(completed.order.item_total)).toBe(267.5)
    expect(Number(completed.order.total)).toBe(291.5)

    const chenOrder = await sellerOrderOf(chen.auth, completed.order.id)
    expect(chenOrder.items.map((i: any) => [i.product_id, i.quantity, Number(i.unit_price)])).toEqual([[nuts.id, 2, 70]])
    expect(chenOrder.shipping_methods.map((m: any) => [m.name, Number(m.amount)])).toEqual([["标准快递 Standard delivery", 12]])
    expect(Number(chenOrder.total)).toBe(152)
    const wangOrders = await ordersOf(wang.auth)
    expect(wangOrders.map((o: any) => [o.items.map((i: any) => [i.product_id, i.quantity, Number(i.unit_price)]), Number(o.total)])).toEqual([
      [[[poria.id, 3, 42.5]], 139.5],
    ])

    // The stock reserved at checkout now belongs to the seller orders' items, at each seller's own location.
    const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: [chenOrder.items[0].id, wangOrders[0].items[0].id] })
    expect(reservations.map((r) => Number(r.quantity)).sort()).toEqual([2, 3])
    expect((await levelOf(nuts.variants[0].id, chen.id)).reserved_quantity).toBe(2)

    expect((await api.get(`/vendors/me/orders/${chenOrder.id}`, chen.auth)).data.order.id).toBe(chenOrder.id)
    expect((await failure(api.get(`/vendors/me/orders/${chenOrder.id}`, wang.auth))).status).toBe(404)
    expect((await failure(api.get(`/vendors/me/orders/${completed.order.id}`, chen.auth))).status).toBe(404)
  })

  it("lets each seller ship its own order by courier or hand it to a station, and take the station's cash", async () => {
    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: 1 },
      { variant_id: poria.variants[0].id, quantity: 2 },
    ])
    const chenOrder = await sellerOrderOf(chen.auth, completed.order.id)
    const wangOrder = await sellerOrderOf(wang.auth, completed.order.id)
    const before = await levelOf(nuts.variants[0].id, chen.id)

    const bad = await failure(api.post(`/vendors/me/orders/${chenOrder.id}/fulfillments`, { method: "courier", carrier: "顺丰速运" }, chen.auth))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("tracking_number")
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/fulfillments`, { method: "station", station: "九资河镇服务站" }, wang.auth))).status).toBe(404)

    const { data: shipped } = await api.post(
      `/vendors/me/orders/${chenOrder.id}/fulfillments`,
      { method: "courier", carrier: "顺丰速运 SF Express", tracking_number: "SF1234567890" },
      chen.auth
    )
    expect(shipped.order.fulfillments).toHaveLength(1)
    expect(shipped.order.fulfillments[0].shipped_at).toBeTruthy()
    expect(shipped.order.fulfillments[0].labels.map((l: any) => l.tracking_number)).toEqual(["SF1234567890"])
    expect(shipped.order.fulfillments[0].metadata).toEqual({ method: "courier", carrier: "顺丰速运 SF Express" })
    // The unit left the seller's own location and its reservation is used up.
    const after = await levelOf(nuts.variants[0].id, chen.id)
    expect([after.stocked_quantity, after.reserved_quantity]).toEqual([before.stocked_quantity - 1, before.reserved_quantity - 1])
    // Sent again (a double click, a retry), it answers the order as shipped and ships nothing more.
    const { data: again } = await api.post(`/vendors/me/orders/${chenOrder.id}/fulfillments`, { method: "station", station: "九资河镇服务站" }, chen.auth)
    expect(again.order.fulfillments.map((f: any) => f.metadata)).toEqual([{ method: "courier", carrier: "顺丰速运 SF Express" }])
    expect((await levelOf(nuts.variants[0].id, chen.id)).stocked_quantity).toBe(after.stocked_quantity)

    const { data: handed } = await api.post(`/vendors/me/orders/${wangOrder.id}/fulfillments`, { method: "station", station: "九资河镇服务站" }, wang.auth)
    expect(handed.order.fulfillments[0].metadata).toEqual({ method: "station", station: "九资河镇服务站" })

    // Paid at the station: Wang's share (2 × 42.5 + 12) of the buyer's one payment is captured, once.
    const { data: paid } = await api.post(`/vendors/me/orders/${wangOrder.id}/mark-paid`, {}, wang.auth)
    expect(Number(paid.order.summary.paid_total)).toBe(97)
    expect((await purchasePayment(completed.order.id)).captures.map((c: any) => Number(c.amount))).toEqual([97])
    // Marking it paid again answers the paid order and captures nothing more.
    const { data: twice } = await api.post(`/vendors/me/orders/${wangOrder.id}/mark-paid`, {}, wang.auth)
    expect(Number(twice.order.summary.paid_total)).toBe(97)
    expect((await purchasePayment(completed.order.id)).captures.map((c: any) => Number(c.amount))).toEqual([97])
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/mark-paid`, {}, wang.auth))).status).toBe(404)
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/mark-paid`, { amount: 1 }, chen.auth))).status).toBe(400)
    // A shipped order cannot be cancelled.
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/cancel`, {}, chen.auth))).status).toBe(400)
  })

  it("cancels an unfulfilled order, freeing its stock and refunding what the buyer paid for it", async () => {
    const completed = await checkout(api, store, [
      { variant_id: nuts.variants[0].id, quantity: 3 },
      { variant_id: poria.variants[0].id, quantity: 1 },
    ])
    const chenOrder = await sellerOrderOf(chen.auth, completed.order.id)
    const wangOrder = await sellerOrderOf(wang.auth, completed.order.id)
    const reserved = (await levelOf(nuts.variants[0].id, chen.id)).reserved_quantity

    await api.post(`/vendors/me/orders/${chenOrder.id}/mark-paid`, {}, chen.auth)
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/cancel`, {}, wang.auth))).status).toBe(404)
    const { data } = await api.post(`/vendors/me/orders/${chenOrder.id}/cancel`, {}, chen.auth)
    expect(data.order.status).toBe("canceled")
    // 3 × 70 + 12 was captured for Chen's share and flows back through the same payment.
    expect(Number(data.order.summary.paid_total)).toBe(222)
    expect(Number(data.order.summary.refunded_total)).toBe(222)
    const payment = await purchasePayment(completed.order.id)
    expect(payment.refunds.map((r: any) => Number(r.amount))).toEqual([222])
    expect((await levelOf(nuts.variants[0].id, chen.id)).reserved_quantity).toBe(reserved - 3)
    // Cancelling again answers the canceled order and refunds nothing more; a canceled order is not marked paid.
    const { data: again } = await api.post(`/vendors/me/orders/${chenOrder.id}/cancel`, {}, chen.auth)
    expect([again.order.status, Number(again.order.summary.refunded_total)]).toEqual(["canceled", 222])
    expect((await purchasePayment(completed.order.id)).refunds).toHaveLength(1)
    expect((await failure(api.post(`/vendors/me/orders/${chenOrder.id}/mark-paid`, {}, chen.auth))).status).toBe(400)

    // The seller's statement reverses the sale: nothing of it is paid out.
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    const { data: statement } = await api.get(`/vendors/me/statements/${month}`, chen.auth)
    expect(statement.statement.orders.find((o: any) => o.order_id === chenOrder.id)).toMatchObject({ gross: "222.00", fee: "0.00", refunds: "222.00", net: "0.00" })

    // Nothing was paid for Wang's share yet, so cancelling it refunds nothing.
    const { data: unpaid } = await api.post(`/vendors/me/orders/${wangOrder.id}/cancel`, {}, wang.auth)
    expect(unpaid.order.status).toBe("canceled")
    expect((await purchasePayment(completed.order.id)).refunds).toHaveLength(1)
  })
}
