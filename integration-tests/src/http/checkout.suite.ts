import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkout, readyCart } from "../support/checkout"
import { sellerPartIds } from "../support/purchases"
import { adminHeaders, productByHandle, storeHeaders } from "../support/store"

export default function checkoutSuite({ api, getContainer }: SuiteContext) {
  let store: { headers: Record<string, string> }

  beforeAll(async () => {
    store = await storeHeaders(getContainer())
  })

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  /** A seeded product and the variant of one of its pack sizes. */
  async function size(handle: string, title: string) {
    const product = await productByHandle(getContainer(), handle)
    return { product, variant_id: product.variants.find((v: any) => v.title === title).id as string }
  }
  async function twoSellerItems() {
    const chestnuts = await size("fresh-chestnut-special", "2.5kg")
    const tea = await size("cloud-tea-special", "250g")
    return { chestnuts: chestnuts.product, tea: tea.product, items: [{ variant_id: chestnuts.variant_id, quantity: 2 }, { variant_id: tea.variant_id, quantity: 1 }] }
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
    const { items } = await twoSellerItems()
    const completed = await checkout(api, store, items)
    expect(completed.type).toBe("order")
    const order = completed.order
    // 2 × ¥88 + ¥268, and each seeded seller delivers its share from its own location for ¥12, exact.
    expect(order.currency_code).toBe("cny")
    expect(Number(order.item_total)).toBe(444)
    expect(order.shipping_methods.map((m: any) => Number(m.amount))).toEqual([12, 12])
    expect(Number(order.total)).toBe(468)
    expect(order.items.map((item: any) => [item.product_handle ?? item.title, item.quantity]).length).toBe(2)
  })

  it("sells two sizes of one product of one seller as two lines of one seller order, each named by its size", async () => {
    const small = await size("fresh-chestnut-special", "1.5kg")
    const large = await size("fresh-chestnut-special", "5kg")
    const completed = await checkout(api, store, [{ variant_id: small.variant_id, quantity: 1 }, { variant_id: large.variant_id, quantity: 2 }])
    expect(completed.type).toBe("order")
    // ¥78 + 2 × ¥168 and one seller's delivery of ¥12.
    expect([Number(completed.order.item_total), Number(completed.order.total)]).toEqual([414, 426])
    const [part] = await sellerPartIds(getContainer(), completed.order.id)
    const { data: [order] } = await query().graph({ entity: "order", fields: ["items.variant_title", "items.product_title", "items.detail.quantity", "items.unit_price", "seller.handle"], filters: { id: part } })
    expect(order.seller.handle).toBe("shengli-chestnut-coop")
    expect(order.items.map((i: any) => [i.product_title, i.variant_title, Number(i.detail.quantity), Number(i.unit_price)]).sort()).toEqual([
      ["罗田鲜板栗 · 特级", "1.5kg", 1, 78],
      ["罗田鲜板栗 · 特级", "5kg", 2, 168],
    ])
    // Each size's own stock is reserved.
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory.reserved_quantity"], filters: { id: [small.variant_id, large.variant_id] } })
    const reserved = (id: string) => variants.find((v: any) => v.id === id).inventory_items[0].inventory.reserved_quantity
    expect([reserved(small.variant_id), reserved(large.variant_id)]).toEqual([1, 2])
  })
}
