import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkout } from "../support/checkout"
import { failure, registerSeller } from "../support/sellers"
import { backendDir, eventually, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(240_000)

const listing = (title: string, title_en: string, category: string, grade: string, net_weight_g: number, price_cny: number) => ({
  title,
  title_en,
  category,
  grade,
  net_weight_g,
  price_cny,
  stock: 20,
})

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedStore(getContainer())
    })

    it("splits one purchase from two sellers into one order per seller, each seeing only its own", async () => {
      const chen = await registerSeller(api, "chen-orders")
      const wang = await registerSeller(api, "wang-orders")
      const nuts = (await api.post("/vendors/me/products", listing("陈家板栗 特级 2kg", "Chen chestnuts, premium, 2 kg", "chestnut", "special", 2000, 70), chen.auth)).data.product
      const poria = (await api.post("/vendors/me/products", listing("汪家茯苓片 选货一等 250g", "Wang Poria slices, select 1, 250 g", "herbs", "select-1", 250, 42.5), wang.auth)).data.product

      const store = await storeHeaders(getContainer())
      const completed = await checkout(api, store, [
        { variant_id: nuts.variants[0].id, quantity: 2 },
        { variant_id: poria.variants[0].id, quantity: 3 },
      ])
      // The buyer has one purchase with one payment: 2 × 70 + 3 × 42.5 + 12 delivery.
      expect(completed.type).toBe("order")
      expect(Number(completed.order.item_total)).toBe(267.5)
      expect(Number(completed.order.total)).toBe(279.5)

      const ordersOf = async (auth: object) => (await api.get("/vendors/me/orders", auth)).data.orders
      const chenOrders = await eventually(async () => {
        const orders = await ordersOf(chen.auth)
        expect(orders).toHaveLength(1)
        return orders
      })
      expect(chenOrders[0].metadata.purchase_order_id).toBe(completed.order.id)
      expect(chenOrders[0].items.map((i: any) => [i.product_id, i.quantity, Number(i.unit_price)])).toEqual([[nuts.id, 2, 70]])
      const wangOrders = await ordersOf(wang.auth)
      expect(wangOrders.map((o: any) => o.items.map((i: any) => [i.product_id, i.quantity, Number(i.unit_price)]))).toEqual([[[poria.id, 3, 42.5]]])

      expect((await api.get(`/vendors/me/orders/${chenOrders[0].id}`, chen.auth)).data.order.id).toBe(chenOrders[0].id)
      expect((await failure(api.get(`/vendors/me/orders/${chenOrders[0].id}`, wang.auth))).status).toBe(404)
      expect((await failure(api.get(`/vendors/me/orders/${completed.order.id}`, chen.auth))).status).toBe(404)
    })
  },
})
