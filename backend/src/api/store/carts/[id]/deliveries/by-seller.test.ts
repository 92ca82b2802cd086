import { deliveriesBySeller } from "./by-seller"

const seller = (id: string) => ({ id, handle: id, name: id, name_en: null })
const item = (id: string, sellerId: string, created_at: string) => ({ id, created_at, product: { shipping_profile: { id: `sp_${sellerId}` }, seller: seller(sellerId) } })

describe("a cart's deliveries by seller", () => {
  it("lists sellers in the order the buyer first added their goods, whatever order the items come in", () => {
    const items = [
      item("item_c", "coop", "2026-12-04T10:00:03Z"),
      item("item_a", "chen", "2026-12-04T10:00:01Z"),
      item("item_b", "coop", "2026-12-04T10:00:02Z"),
    ]
    const deliveries = deliveriesBySeller({ items, shipping_methods: [] }, [])
    expect(deliveries.map((d) => [d.seller.id, d.item_ids])).toEqual([
      ["chen", ["item_a"]],
      ["coop", ["item_b", "item_c"]],
    ])
  })
})
