import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkout, readyCart } from "../support/checkout"
import { sellerPartIds } from "../support/purchases"
import { adminHeaders, backendDir, productByHandle, seedStore, storeHeaders } from "../support/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedStore(getContainer())
      store = await storeHeaders(getContainer())
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    async function twoSellerItems() {
      const chestnuts = await productByHandle(getContainer(), "fresh-chestnut-special-2-5kg")
      const tea = await productByHandle(getContainer(), "cloud-tea-special-0-25kg")
      const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { product_id: [chestnuts.id, tea.id] } })
      const variantOf = (id: string) => variants.find((v: any) => v.product_id === id).id
      return { chestnuts, tea, items: [{ variant_id: variantOf(chestnuts.id), quantity: 2 }, { variant_id: variantOf(tea.id), quantity: 1 }] }
    }
    const purchasesOfCart = async (cartId: string) =>
      (await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data.map((link: any) => link.order_id)

    it("places one purchase and one order per seller when the buyer completes the cart twice at once", async () => {
      const { chestnuts, tea, items } = await twoSellerItems()
      const cartId = await readyCart(api, store, items)
      const answers = await Promise.all([1, 2].map(() => api.post(`/store/carts/${cartId}/complete`, {}, store)))
      expect(answers.map(({ status, data }) => [status, data.type])).toEqual([[200, "order"], [200, "order"]])
      const [purchaseId] = await purchasesOfCart(cartId)
      expect(answers.map(({ data }) => data.order.id)).toEqual([purchaseId, purchaseId])
      expect(await purchasesOfCart(cartId)).toEqual([purchaseId])
      // Split in the same request: the seller orders are there when the buyer is answered.
      const { data: parts } = await query().graph({ entity: "order", fields: ["id", "seller.id"], filters: { id: await sellerPartIds(getContainer(), purchaseId) } })
      expect(parts.map((part: any) => part.seller.id).sort()).toEqual([chestnuts.seller.id, tea.seller.id].sort())

      // Completing it once more changes nothing.
      const { data: again } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(again.order.id).toBe(purchaseId)
      expect(await sellerPartIds(getContainer(), purchaseId)).toHaveLength(2)
      // The admin tells them apart by the purchase module's links, as the order page's widget reads them.
      const admin = await adminHeaders(api)
      const fields = "id,purchase.shares.order.id,share.purchase.order.id"
      const { data: asPurchase } = await api.get(`/admin/orders/${purchaseId}?fields=${fields}`, admin)
      expect(asPurchase.order.share).toBeFalsy()
      expect(asPurchase.order.purchase.shares.map((share: any) => share.order.id).sort()).toEqual(parts.map((part: any) => part.id).sort())
      for (const part of parts) {
        const { data: asPart } = await api.get(`/admin/orders/${part.id}?fields=${fields}`, admin)
        expect([asPart.order.purchase ?? null, asPart.order.share.purchase.order.id]).toEqual([null, purchaseId])
      }
    })

    it("places nothing when the purchase cannot be split: a product no seller offers any more", async () => {
      const { tea, items } = await twoSellerItems()
      const cartId = await readyCart(api, store, items)
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      const sellerOfTea = { seller: { seller_id: tea.seller.id }, [Modules.PRODUCT]: { product_id: tea.id } }
      const reservations = async () => (await getContainer().resolve(Modules.INVENTORY).listReservationItems({})).length
      const reserved = await reservations()
      await link.dismiss(sellerOfTea)
      try {
        const refused = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((error: any) => error.response)
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/has no seller/)])
        // Medusa's completion is undone with the split: no purchase, the cart open, no stock held.
        expect(await purchasesOfCart(cartId)).toEqual([])
        const { data: [cart] } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
        expect(cart.completed_at).toBeNull()
        expect(await reservations()).toBe(reserved)
      } finally {
        await link.create(sellerOfTea)
      }
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
