import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LotPurchase } from "@luotian/contract"
import { csvCell, csvText } from "../../../lib/csv"

const COLUMNS = ["姓名 Name", "电话 Phone", "城市 City", "邮箱 Email", "订单号 Order no.", "本批数量 Packs of this lot"]

/**
 * The buyers to contact about a lot, one row per buyer (the same e-mail address, or phone when there is none, is one
 * buyer): name, phone, city and e-mail of their purchases' delivery, the purchases' numbers and the lot's packs. For
 * the association's export only: nowhere else do buyers' personal data leave the store.
 */
export async function buyersCsv(scope: MedusaContainer, purchases: LotPurchase[]) {
  const { data }: { data: any[] } = purchases.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "email", "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", "shipping_address.province", "shipping_address.city"],
        filters: { id: purchases.map((p) => p.id) },
      })
    : { data: [] as any[] }
  const orderOf = new Map(data.map((o: any) => [o.id as string, o]))
  const buyers = new Map<string, { name: string; phone: string; city: string; email: string; orders: number[]; packs: number }>()
  for (const purchase of purchases) {
    const order = orderOf.get(purchase.id)
    const to = order?.shipping_address ?? {}
    const key = (order?.email || to.phone || purchase.id).toLowerCase()
    const buyer = buyers.get(key) ?? {
      name: [to.last_name, to.first_name].filter(Boolean).join(""),
      phone: to.phone ?? "",
      city: [to.province, to.city].filter((p, i, all) => p && all.indexOf(p) === i).join(" "),
      email: order?.email ?? "",
      orders: [] as number[],
      packs: 0,
    }
    buyer.orders.push(purchase.display_id)
    buyer.packs += purchase.quantity
    buyers.set(key, buyer)
  }
  const rows = [...buyers.values()].map((b) => [csvCell(b.name), csvCell(b.phone), csvCell(b.city), csvCell(b.email), csvCell(b.orders.map((n) => `#${n}`).join(" ")), csvCell(b.packs, false)])
  return { rows: rows.length, text: csvText([COLUMNS.map((c) => csvCell(c)), ...rows]) }
}
