import type { SuiteContext } from "../support/boot"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import mergePackSizes from "../../../backend/src/scripts/merge-pack-sizes"
import { checkout } from "../support/checkout"
import { CHESTNUTS, sized } from "../support/listings"
import { registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// A store listed before pack sizes were variants: each size of a seller's name and grade was a product of its own,
// titled "name · grade · size", its net weight on the product. The merge script moves it to one product per name
// and grade, on top of the seeded store, keeping stock, reservations, prices, SKUs and the orders' history.
export default function packSizesMergeSuite({ api, getContainer }: SuiteContext) {
  beforeAll(async () => {
  })

  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const products = () => getContainer().resolve(Modules.PRODUCT)
  const listings = () => getContainer().resolve("listing") as any

  /** Lists one size through today's API, then turns the product into what the old shape made of it. */
  async function oldStyle(seller: { auth: object }, handle: string, grade: string, grams: number, price: number, stock: number) {
    const body = { ...sized(CHESTNUTS, grams, price, stock), grade }
    const { data } = await api.post("/vendors/me/products", body, seller.auth)
    const size = grams >= 1000 ? [`${grams / 1000}kg`, `${grams / 1000} kg`] : [`${grams}g`, `${grams} g`]
    const product = data.product
    await products().updateProducts(product.id, {
      handle: `${handle}-${grade}-${grams}g`,
      title: `${product.title} · ${size[0]}`,
      weight: grams,
      metadata: { ...product.metadata, title_en: `${product.metadata.title_en} · ${size[1]}` },
    })
    await products().updateProductVariants(product.variants[0].id, { weight: null as any, sku: `OLD-${grade}-${grams}`.toUpperCase() })
    // Today a name and grade is listed once: the listing takes a name of its own until every old product is made.
    const [row] = await listings().listListings({ product_id: product.id })
    await listings().updateListings({ id: row.id, name_code: `old-${grams}` })
    return product
  }

  it("merges a seller's one-size products of a name and grade into one product with its sizes, keeping stock, orders and the listing", async () => {
    const seller = await registerSeller(api, "old-shape-coop")
    const admin = await adminHeaders(api)
    const store = await storeHeaders(getContainer())
    const small = await oldStyle(seller, "old-shape-coop-fresh-chestnut", "special", 1000, 35, 40)
    const large = await oldStyle(seller, "old-shape-coop-fresh-chestnut", "special", 2500, 85, 10)
    const first = await oldStyle(seller, "old-shape-coop-fresh-chestnut", "first", 1000, 28, 15)
    for (const product of [small, large, first]) {
      const [row] = await listings().listListings({ product_id: product.id })
      await listings().updateListings({ id: row.id, name_code: "fresh-chestnut" })
    }
    for (const product of [small, large, first]) await api.post(`/admin/listing-reviews/${product.id}`, { decision: "approve" }, admin)
    const bought = await checkout(api, store, [{ variant_id: small.variants[0].id, quantity: 3 }])
    const items = async (ids: string[]) =>
      (await query().graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: ids } })).data
        .map((v: any) => v.inventory_items[0].inventory_item_id).sort()
    const inventoryBefore = await items([small.variants[0].id, large.variants[0].id])

    const result = await mergePackSizes({ container: getContainer(), args: [] } as any)
    expect(result).toEqual({ groups: 1, merged: 2 })

    // The two special-grade sizes are one product; the first-grade one stays as it was.
    const { data: [merged] } = await query().graph({
      entity: "product",
      fields: ["id", "title", "status", "metadata", "listing.*", "seller.id", "variants.title", "variants.sku", "variants.weight", "variants.prices.*",
        "variants.inventory_items.inventory_item_id", "variants.inventory_items.inventory.location_levels.*"],
      filters: { handle: "old-shape-coop-fresh-chestnut-special" },
    })
    expect(merged).toMatchObject({ title: "罗田鲜板栗 · 特级", status: "published", metadata: { title_en: "Luotian fresh chestnuts · Premium grade" } })
    expect(merged.seller.id).toBe(seller.id)
    expect(merged.listing).toMatchObject({ status: "approved", grade_code: "special", name_code: "fresh-chestnut" })
    const sizes = merged.variants
      .map((v: any) => [v.title, v.weight, v.sku, Number(v.prices.find((p: any) => p.currency_code === "cny").amount)])
      .sort((a: any, b: any) => a[1] - b[1])
    expect(sizes).toEqual([["1kg", 1000, "OLD-SPECIAL-1000", 35], ["2.5kg", 2500, "OLD-SPECIAL-2500", 85]])
    // The same inventory items: stock and the purchase's reservation stay where they were.
    expect(merged.variants.map((v: any) => v.inventory_items[0].inventory_item_id).sort()).toEqual(inventoryBefore)
    const level = (title: string) => merged.variants.find((v: any) => v.title === title).inventory_items[0].inventory.location_levels[0]
    expect([level("1kg").stocked_quantity, level("1kg").reserved_quantity, level("2.5kg").stocked_quantity]).toEqual([40, 3, 10])
    const { data: gone } = await query().graph({ entity: "product", fields: ["id"], filters: { id: [small.id, large.id] } })
    expect(gone).toEqual([])
    const { data: untouched } = await query().graph({ entity: "product", fields: ["id", "title", "listing.status"], filters: { id: first.id } })
    expect(untouched).toEqual([expect.objectContaining({ title: "罗田鲜板栗 · 一级 · 1kg", listing: expect.objectContaining({ status: "approved" }) })])

    // The seller's order still reads as it was sold; the seller's products are the merged one and the other.
    const { data: own } = await api.get("/vendors/me/products", seller.auth)
    expect(own.products.map((p: any) => p.id).sort()).toEqual([merged.id, first.id].sort())
    const { data: orders } = await api.get("/vendors/me/orders", seller.auth)
    const { data: order } = await api.get(`/vendors/me/orders/${orders.orders[0].id}`, seller.auth)
    expect(order.order.items.map((i: any) => [i.title ?? i.product_title, i.quantity, Number(i.unit_price)])).toEqual([[expect.stringContaining("罗田鲜板栗"), 3, 35]])
    expect(bought.order.items[0].product_title).toBe("罗田鲜板栗 · 特级 · 1kg")

    // Buyers find one card with both sizes and can buy the larger one.
    await eventually(async () => {
      const { data } = await api.get("/store/catalogue?seller=old-shape-coop&grade=special", store)
      expect(data.hits.map((h: any) => [h.id, h.sizes.map((s: any) => [s.net_weight_g, s.stock])])).toEqual([[merged.id, [[1000, 37], [2500, 10]]]])
    })
    const large2 = merged.variants.find((v: any) => v.title === "2.5kg")
    expect((await checkout(api, store, [{ variant_id: large2.id, quantity: 1 }])).type).toBe("order")

    // A store already merged has nothing left to merge.
    expect(await mergePackSizes({ container: getContainer(), args: [] } as any)).toEqual({ groups: 0, merged: 0 })
  })
}
