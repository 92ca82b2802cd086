import type { SuiteContext } from "../support/boot"
import { readyCart } from "../support/checkout"
import { listApproved } from "../support/listings"
import { registerSeller } from "../support/sellers"
import { storeHeaders } from "../support/store"

const BUYERS = 6
const STOCK = 2

export default function oversellSuite({ api, getContainer }: SuiteContext) {
  it(`sells the last ${STOCK} units to exactly ${STOCK} of ${BUYERS} buyers completing at once`, async () => {
    const seller = await registerSeller(api, "scarce-goat")
    const product = await listApproved(api, seller, {
      name: "goat-half",
      category: "black-goat",
      grade: "prime",
      sizes: [{ net_weight_g: 20000, price_cny: 2680, stock: STOCK }],
    })
    const variantId = product.variants[0].id
    const store = await storeHeaders(getContainer())
    const carts: string[] = []
    for (let i = 0; i < BUYERS; i++) carts.push(await readyCart(api, store, [{ variant_id: variantId, quantity: 1 }]))

    const outcomes = await Promise.all(
      carts.map((id) =>
        api.post(`/store/carts/${id}/complete`, {}, store).then(
          (response: any) => ({ status: response.status, type: response.data.type }),
          (error: any) => ({ status: error.response?.status, type: "error", message: error.response?.data?.message })
        )
      )
    )
    // Exactly two orders; the others are told why, and none of them sees a server error or a lock's timeout.
    const seen = outcomes.map((o: any) => (o.type === "order" ? "order" : `${o.status} ${o.message}`)).sort()
    expect(seen).toEqual([...Array(BUYERS - STOCK).fill(expect.stringMatching(/^400 .*(inventory|stock|quantity)/i)), "order", "order"])

    const { data: levels } = await getContainer().resolve("query").graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.reserved_quantity"],
      filters: { id: variantId },
    })
    const level = levels[0].inventory_items[0].inventory.location_levels[0]
    expect([Number(level.stocked_quantity), Number(level.reserved_quantity)]).toEqual([STOCK, STOCK])
  })
}
