import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkout } from "../support/checkout"
import { backendDir, productByHandle, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedStore(getContainer())
      store = await storeHeaders(getContainer())
    })

    it("sells products of two sellers in one checkout, paid at the village station", async () => {
      const chestnuts = await productByHandle(getContainer(), "fresh-chestnut-special-2-5kg")
      const tea = await productByHandle(getContainer(), "cloud-tea-special-0-25kg")
      const { data: variants } = await getContainer().resolve("query").graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { product_id: [chestnuts.id, tea.id] },
      })
      const variantOf = (id: string) => variants.find((v: any) => v.product_id === id).id
      const completed = await checkout(api, store, [
        { variant_id: variantOf(chestnuts.id), quantity: 2 },
        { variant_id: variantOf(tea.id), quantity: 1 },
      ])
      expect(completed.type).toBe("order")
      const order = completed.order
      // 2 × ¥88 + ¥268, and each seeded seller delivers its share from its own location for ¥12, exact.
      expect(order.currency_code).toBe("cny")
      expect(Number(order.item_total)).toBe(444)
      expect(order.shipping_methods.map((m: any) => Number(m.amount))).toEqual([12, 12])
      expect(Number(order.total)).toBe(468)
      expect(order.items.map((item: any) => [item.product_handle ?? item.title, item.quantity]).length).toBe(2)
    })
  },
})
