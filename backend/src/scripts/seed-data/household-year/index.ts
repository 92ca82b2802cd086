import { centsText } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { LOT_MODULE } from "../../../modules/lot"
import { lotPrefix, nextLotCode, packsQuantity } from "../../../modules/lot/rules"
import type LotModuleService from "../../../modules/lot/service"
import { SELLER_MODULE } from "../../../modules/seller"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { PRODUCTS } from "../products"
import { SELLERS } from "../sellers"
import { postYearLedger, type SoldOrder } from "./ledger"
import { planYear, type PlannedOrder, type SellerChoice, withdrawnRef, YEAR, yearMonths } from "./plan"
import { seedYearIntakes } from "./intakes"

// A year of activity for the seeded sellers (README, "Household incomes and impact"): seller orders across towns,
// categories and seller types, each line from a lot its households supplied, some refunds and a withdrawn lot, station
// intakes (代销), the households' ledger, and months closed and paid. Written in bulk through the modules' services:
// through the workflows one at a time it took minutes. Once: a store with ledger entries in the year's first month
// keeps its own. Demo stores only (`npm start`); the HTTP suites seed a month of it where they need one.

const DAY = 86_400_000
const BUYER_ADDRESS = { first_name: "示例", last_name: "买家", address_1: "示例路 1 号", province: "湖北省", postal_code: "430000", country_code: "cn" }

export type YearFigures = Awaited<ReturnType<typeof seedHouseholdYear>>

async function sellerChoices(container: MedusaContainer): Promise<SellerChoice[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["id", "handle", "type", "town", "members.id", "members.joined_at"], filters: { handle: SELLERS.map((s) => s.handle) } })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "variants.id", "variants.sku", "variants.title"], filters: { handle: PRODUCTS.map((p) => p.handle) } })
  return sellers
    .map((seller: any) => ({
      id: seller.id, handle: seller.handle, type: seller.type, town: seller.town,
      members: (seller.members ?? []).map((m: any) => m.id as string).sort(),
      sizes: PRODUCTS.filter((p) => p.seller === seller.handle).flatMap((seed) => {
        const product: any = products.find((p: any) => p.handle === seed.handle)
        return seed.sizes.flatMap((size) => {
          const variant = product?.variants?.find((v: any) => v.sku === size.sku)
          return variant ? [{ product_id: product.id, product_handle: seed.handle, title: product.title, variant_id: variant.id, variant_title: variant.title, sku: size.sku, price_fen: Math.round(size.price_cny * 100), net_weight_g: size.net_weight_g }] : []
        })
      }),
    }))
    .sort((a, b) => a.handle.localeCompare(b.handle))
}

/** The seller orders, linked to their sellers; their sales (and refunds) in the settlement module. */
async function placeOrders(container: MedusaContainer, planned: PlannedOrder[]) {
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Default Sales Channel" })
  const orders = container.resolve(Modules.ORDER)
  const created: any[] = await orders.createOrders(
    planned.map((o) => ({
      region_id: region!.id, sales_channel_id: channel?.id, currency_code: "cny", status: "completed", email: "buyer@example.cn",
      created_at: o.placed_at, metadata: { seeded_year: o.ref },
      shipping_address: { ...BUYER_ADDRESS, city: o.city }, billing_address: { ...BUYER_ADDRESS, city: o.city },
      items: o.lines.map((l) => ({ title: l.title, product_id: l.product_id, product_title: l.title, product_handle: l.product_handle, variant_id: l.variant_id, variant_sku: l.sku, variant_title: l.variant_title, quantity: l.quantity, unit_price: l.price_fen / 100, requires_shipping: true })),
      shipping_methods: [{ name: "快递 Courier", amount: 12 }],
    })) as any[]
  )
  const byRef = new Map(created.map((order) => [order.metadata.seeded_year as string, order]))
  await container.resolve(ContainerRegistrationKeys.LINK).create(planned.map((o) => ({ [SELLER_MODULE]: { seller_id: o.seller.id }, [Modules.ORDER]: { order_id: byRef.get(o.ref).id } })))
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const gross = (o: PlannedOrder) => o.lines.reduce((sum, l) => sum + BigInt(l.price_fen * l.quantity), 1200n)
  await settlement.recordSales(planned.map((o) => ({ order_id: byRef.get(o.ref).id, seller_id: o.seller.id, purchase_order_id: null, currency_code: "cny", total: centsText(gross(o)), placed_at: o.placed_at })))
  for (const o of planned.filter((o) => o.refund_packs)) {
    const amount = centsText(BigInt(o.lines[0]!.price_fen * o.refund_packs))
    await settlement.recordRefund({ order_id: byRef.get(o.ref).id, seller_id: o.seller.id, amount, currency_code: "cny", reference: `seed-refund:${o.ref}`, occurred_at: new Date(o.placed_at.getTime() + 3 * DAY) })
  }
  return byRef
}

/** Each line's lot (supplied by its households, received into the line's size) and the allocation of its packs. */
async function lotsOf(container: MedusaContainer, planned: PlannedOrder[], byRef: Map<string, any>, withdrawn: string | null) {
  const lots = container.resolve<LotModuleService>(LOT_MODULE)
  const codes = new Map<string, string[]>()
  for (const lot of await lots.listLots({ seller_id: [...new Set(planned.map((o) => o.seller.id))] }, { select: ["seller_id", "code"] })) {
    codes.set(lot.seller_id, [...(codes.get(lot.seller_id) ?? []), lot.code])
  }
  const rows = planned.flatMap((o) =>
    o.lines.map((line, i) => {
      // Harvested a few days before the order, in the same month (an enterprise's contract purchase counts then).
      const produced = new Date(Math.max(Math.floor((o.placed_at.getTime() - 6 * DAY) / DAY) * DAY, Date.parse(`${o.month}-01T00:00:00Z`)))
      const taken = codes.get(o.seller.id) ?? []
      const code = nextLotCode(lotPrefix(o.seller.handle), produced, taken)
      codes.set(o.seller.id, [...taken, code])
      const kg = Math.max(5, Math.ceil((line.net_weight_g * line.quantity * 1.1) / 1000))
      const each = (Math.floor((kg * 900) / line.households.length) / 1000).toFixed(3)
      const recalled = withdrawn === o.ref && i === 0
      return {
        order: o, line, item: byRef.get(o.ref).items.find((it: any) => it.variant_id === line.variant_id),
        lot: {
          seller_id: o.seller.id, product_id: line.product_id, code, kind: "harvest", produced_on: produced, town: o.seller.town, village: null, quantity: String(kg), unit: "kg",
          storage: null, best_before: new Date(produced.getTime() + 120 * DAY), inputs: [], inspection_id: null,
          ...(recalled ? { status: "withdrawn", withdrawn_at: new Date(o.placed_at.getTime() + 9 * DAY), withdrawal_reason: "抽检霉变，召回（演示数据）", withdrawn_by: "seed" } : {}),
        },
        supplies: line.households.map((member_id) => ({ member_id, quantity: each })),
      }
    })
  )
  const created: any[] = await lots.createLots(rows.map((r) => r.lot) as any[])
  await lots.createLotSupplies(rows.flatMap((r, i) => r.supplies.map((s) => ({ ...s, lot_id: created[i].id }))) as any[])
  const receipts: any[] = await lots.createLotReceipts(rows.map((r, i) => ({ lot_id: created[i].id, variant_id: r.line.variant_id, packs: r.line.quantity, quantity: packsQuantity("kg", r.line.net_weight_g, r.line.quantity).toString() })) as any[])
  const allocations: any[] = await lots.createLotAllocations(
    rows.map((r, i) => ({ lot_id: created[i].id, receipt_id: receipts[i].id, order_id: byRef.get(r.order.ref).id, line_item_id: r.item.id, variant_id: r.line.variant_id, packs: r.line.quantity })) as any[]
  )
  return rows.map((r, i) => ({ ...r, lot_id: created[i].id as string, allocation_id: allocations[i].id as string, withdrawn: r.lot.status === "withdrawn" }))
}

/**
 * Seeds the year (or the given months of it) once, and answers its figures: what the association's dashboard and the
 * public impact page should show for it.
 */
export async function seedHouseholdYear(container: MedusaContainer, months: string[] = yearMonths()) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  if ((await ledger.listLedgerEntries({ month: months }, { take: 1 })).length) return null
  const sellers = await sellerChoices(container)
  const { orders, intakes } = planYear(sellers, months)
  const byRef = await placeOrders(container, orders)
  const lines = await lotsOf(container, orders, byRef, withdrawnRef(orders, months))
  const sold: SoldOrder[] = orders.map((o) => ({ planned: o, order: byRef.get(o.ref), lines: lines.filter((l) => l.order.ref === o.ref) }))
  const income = await postYearLedger(container, sellers, sold)
  const intakeIncome = await seedYearIntakes(container, intakes)
  const entries = [...income, ...intakeIncome]
  const poor = new Set((await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "member", fields: ["id", "poor_household"], filters: { id: [...new Set(entries.map((e) => e.member_id))] } })).data.filter((m: any) => m.poor_household).map((m: any) => m.id))
  const households = new Set(entries.filter((e) => e.amount > 0n).map((e) => e.member_id))
  return {
    months: `${months[0]} … ${months.at(-1)}`,
    seller_orders: orders.length,
    refunded_orders: orders.filter((o) => o.refund_packs).length,
    lots: lines.length,
    withdrawn_lots: lines.filter((l) => l.withdrawn).length,
    intakes: intakes.length,
    ledger_entries: entries.length,
    households_with_income: households.size,
    poor_households_with_income: [...households].filter((id) => poor.has(id)).length,
    household_income: centsText(entries.reduce((sum, e) => sum + e.amount, 0n)),
    closed_through: YEAR.closedThrough,
    paid_through: YEAR.paidThrough,
  }
}

