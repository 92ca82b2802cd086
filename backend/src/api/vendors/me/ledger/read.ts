import type { LedgerEntryView, LedgerHouseholdRow } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { beijingMonth, fenOf } from "../../../../modules/ledger/service"

// What the seller's "Household incomes" pages read: its own households and their entries, never another seller's.

export const monthOrNow = (month?: string) => month ?? beijingMonth(new Date())
const monthsOfYear = (month: string) => Array.from({ length: 12 }, (_, i) => `${month.slice(0, 4)}-${String(i + 1).padStart(2, "0")}`)
const sum = (entries: any[]) => entries.reduce((total, e) => total + fenOf(e), 0n).toString()

/** The status a household's month shows: paid only when every entry is, open while any is. */
function monthStatus(entries: any[]): LedgerHouseholdRow["month_status"] {
  if (!entries.length) return null
  if (entries.some((e) => e.status === "open")) return "open"
  return entries.every((e) => e.status === "paid") ? "paid" : "closed"
}

export async function sellerMembers(scope: MedusaContainer, seller_id: string, member_id?: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "member",
    fields: ["id", "name", "village", "poor_household"],
    filters: member_id ? { seller_id, id: member_id } : { seller_id },
    pagination: { order: { joined_at: "ASC" } },
  })
  return data as { id: string; name: string; village: string; poor_household: boolean }[]
}

/** One of the seller's households, or 404 (another seller's member is not found, as if it did not exist). */
export async function ownMember(scope: MedusaContainer, seller_id: string, member_id: string) {
  const [member] = await sellerMembers(scope, seller_id, member_id)
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member household ${member_id} was not found`)
  return member
}

const yearEntries = (scope: MedusaContainer, seller_id: string, month: string, member_id?: string) =>
  scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listLedgerEntries({ seller_id, month: monthsOfYear(month), ...(member_id ? { member_id } : {}) }, { order: { posted_at: "ASC", id: "ASC" } })

/** Each household of the seller with its income in the month and in the month's year (to and with that month). */
export async function householdRows(scope: MedusaContainer, seller_id: string, month: string): Promise<LedgerHouseholdRow[]> {
  const [members, entries] = await Promise.all([sellerMembers(scope, seller_id), yearEntries(scope, seller_id, month)])
  return members.map((m) => {
    const own = entries.filter((e) => e.member_id === m.id && e.month <= month)
    const inMonth = own.filter((e) => e.month === month)
    return { member_id: m.id, name: m.name, village: m.village, poor_household: m.poor_household, month_fen: sum(inMonth), year_fen: sum(own), month_status: monthStatus(inMonth) }
  })
}

/** A household's entries of a month with their sources (lot code, order number). */
export async function householdEntries(scope: MedusaContainer, seller_id: string, member_id: string, month: string) {
  const entries = (await yearEntries(scope, seller_id, month, member_id)).filter((e) => e.month === month)
  const views = await entryViews(scope, entries)
  return { entries: views, month_fen: sum(entries), month_status: monthStatus(entries) }
}

export async function entryViews(scope: MedusaContainer, entries: any[]): Promise<(LedgerEntryView & { member_id: string })[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const lotIds = [...new Set(entries.map((e) => e.lot_id).filter(Boolean))]
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter(Boolean))]
  const lots = lotIds.length ? (await query.graph({ entity: "lot", fields: ["id", "code"], filters: { id: lotIds } })).data : []
  const intakeIds = [...new Set(entries.map((e) => e.intake_id).filter(Boolean))]
  const orders = orderIds.length ? (await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })).data : []
  const intakes = intakeIds.length ? (await query.graph({ entity: "station_intake", fields: ["id", "receipt_number"], filters: { id: intakeIds } })).data : []
  return entries.map((e) => ({
    id: e.id,
    member_id: e.member_id,
    kind: e.kind,
    month: e.month,
    amount_fen: fenOf(e).toString(),
    status: e.status,
    source: {
      type: e.source_type,
      lot_code: (lots.find((l: any) => l.id === e.lot_id) as any)?.code ?? null,
      order_display_id: (orders.find((o: any) => o.id === e.order_id) as any)?.display_id ?? null,
      intake_receipt: (intakes.find((i: any) => i.id === e.intake_id) as any)?.receipt_number ?? null,
    },
    posted_at: new Date(e.posted_at).toISOString(),
    payment_reference: e.payment_reference ?? null,
  }))
}
