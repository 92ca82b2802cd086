import type { SuiteContext } from "../support/boot"
import { gtin13CheckDigit } from "@luotian/contract"
import { asBuyer, checkout } from "../support/checkout"
import { listApproved } from "../support/listings"
import { failure, registerSeller } from "../support/sellers"
import { adminHeaders, eventually, storeHeaders } from "../support/store"

// A 特级 chestnut listing in one 2 kg size with no stock of its own: all of it comes from lots.
const GTIN = `690998877201${gtin13CheckDigit("690998877201")}`
const LISTING = { name: "old-tree-chestnut", category: "chestnut", grade: "special", sizes: [{ net_weight_g: 2000, price_cny: 76.5, stock: 0, gtin: GTIN }] }
const SPECIAL = { nuts_per_kg: 38, shrivelled_split_pct: 1.5, mould_insect_pct: 0 }

export default function allocationSuite({ api, getContainer }: SuiteContext) {
  beforeAll(async () => {
  })

  it("allocates a shipped order's packs to the seller's lots first-expiring-first-out, across two lots, and keeps it", async () => {
    const seller = await registerSeller(api, "fefo-farm")
    const product = await listApproved(api, seller, LISTING)
    const variant_id = product.variants[0].id
    // Two graded lots of the size: the later-expiring one received first.
    const lot = async (code: string, best_before: string, packs: number) => {
      const body = { product_id: product.id, code, kind: "harvest", produced_on: "2026-09-20", origin: { town: "胜利镇" }, quantity: 100, unit: "kg", best_before }
      const { data } = await api.post("/vendors/me/lots", body, seller.auth)
      const inspection = await api.post("/admin/inspections", { seller_id: seller.id, category: "chestnut", lot: code, measurements: SPECIAL }, await adminHeaders(api))
      await api.post(`/vendors/me/lots/${data.lot.id}/inspection`, { inspection_id: inspection.data.inspection.id }, seller.auth)
      await api.post(`/vendors/me/lots/${data.lot.id}/receipts`, { variant_id, packs }, seller.auth)
      return data.lot.id as string
    }
    const late = await lot("FF-LATE", "2026-12-20", 3)
    const early = await lot("FF-EARLY", "2026-12-10", 2)

    // The product page's lot is the one the next package ships from: the early one.
    const store = await storeHeaders(getContainer())
    const onSale = async () => (await api.get(`/store/catalogue/${product.handle}/lot`, store)).data.lot
    expect(await onSale()).toMatchObject({ code: "FF-EARLY", produced_on: "2026-09-20", best_before: "2026-12-10", origin: { town: "胜利镇", village: null }, certificate: null })
    expect((await onSale()).trace_path).toBe(`/01/0${GTIN}/10/FF-EARLY`)

    // A buyer takes 3 packs; the seller ships them.
    const bought = await checkout(api, store, [{ variant_id, quantity: 3 }])
    const order = await eventually(async () => {
      const { data } = await api.get("/vendors/me/orders", seller.auth)
      if (!data.orders?.length) throw new Error("no seller order yet")
      return data.orders[0]
    })
    // Nothing is allocated before the order ships.
    expect((await api.get(`/vendors/me/lots/${early}`, seller.auth)).data.lot.allocations).toEqual([])
    const shipped = await failure(api.post(`/vendors/me/orders/${order.id}/fulfillments`, { method: "station", station: "胜利镇服务站" }, seller.auth))
    expect([shipped.status, shipped.data.message]).toEqual([200, undefined])

    const allocated = async (id: string) => (await api.get(`/vendors/me/lots/${id}`, seller.auth)).data.lot.allocations
    // The early lot's 2 packs first, then 1 of the late lot's; each names the order and its line.
    expect(await allocated(early)).toEqual([expect.objectContaining({ order_id: order.id, variant_id, packs: 2 })])
    expect(await allocated(late)).toEqual([expect.objectContaining({ order_id: order.id, variant_id, packs: 1 })])
    const line = (await allocated(early))[0].line_item_id
    expect((await allocated(late))[0].line_item_id).toBe(line)

    // The buyer's purchase names each line's lots with their trace pages; the page's lot is now the late one.
    const { data: read } = await api.get(`/store/purchases/${bought.order.id}`, asBuyer(store, bought.cartId))
    const lots = read.purchase.parts[0].items[0].lots
    expect(lots.map((l: any) => [l.code, l.quantity])).toEqual([["FF-EARLY", 2], ["FF-LATE", 1]])
    expect(lots[1].trace_path).toBe(lots[0].trace_path.replace("FF-EARLY", "FF-LATE"))
    expect((await api.get(lots[0].trace_path.replace(/^\/01\/(\d+)\/10\//, "/store/trace/$1/"), store)).data.trace.lot).toBe("FF-EARLY")
    expect((await onSale()).code).toBe("FF-LATE")

    // Shipping again changes nothing (the order is shipped once).
    await api.post(`/vendors/me/orders/${order.id}/fulfillments`, { method: "station", station: "胜利镇服务站" }, seller.auth)
    expect((await allocated(late)).map((a: any) => a.packs)).toEqual([1])
  })
}
