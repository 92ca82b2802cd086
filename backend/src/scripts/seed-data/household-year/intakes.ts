import { intakeAmountFen, townNamed } from "@luotian/contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { LOT_MODULE } from "../../../modules/lot"
import { lotPrefix, nextLotCode } from "../../../modules/lot/rules"
import type LotModuleService from "../../../modules/lot/service"
import { STATION_MODULE } from "../../../modules/station"
import { intakeReceiptNumber } from "../../../modules/station/rules"
import type StationModuleService from "../../../modules/station/service"
import { intakeKey } from "../../../workflows/ledger/steps/plan-intake-income"
import { productGrades } from "../../../workflows/station/intake-grades"
import { closeMonths, type Posted } from "./ledger"
import { type PlannedIntake, statusOf } from "./plan"

// The seeded year's station intakes (代销): a cooperative's households bring produce to their town's station, paid
// when it sells (no cash leaves the station's book), each becoming a lot of the cooperative's with the household as
// its supplier, and the intake's price the household's income in the ledger.

export async function seedYearIntakes(container: MedusaContainer, planned: PlannedIntake[]): Promise<Posted[]> {
  if (!planned.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stations = container.resolve<StationModuleService>(STATION_MODULE)
  const lots = container.resolve<LotModuleService>(LOT_MODULE)
  const codes = [...new Set(planned.map((p) => townNamed(p.seller.town)?.code).filter(Boolean))] as string[]
  const stationOf = new Map((await stations.listStations({ code: codes })).map((s: any) => [s.code, s]))
  const grades = await productGrades(query, [...new Set(planned.map((p) => p.size.product_id))])
  const taken = new Map<string, string[]>()
  for (const lot of await lots.listLots({ seller_id: [...new Set(planned.map((p) => p.seller.id))] }, { select: ["seller_id", "code"] })) {
    taken.set(lot.seller_id, [...(taken.get(lot.seller_id) ?? []), lot.code])
  }
  const perDay = new Map<string, number>()
  const rows = planned.flatMap((p) => {
    const station: any = stationOf.get(townNamed(p.seller.town)?.code ?? "")
    const grade = grades.get(p.size.product_id)?.[0]
    if (!station || !grade) return []
    const produced = new Date(`${p.day}T00:00:00Z`)
    const code = nextLotCode(lotPrefix(p.seller.handle), produced, taken.get(p.seller.id) ?? [])
    taken.set(p.seller.id, [...(taken.get(p.seller.id) ?? []), code])
    const n = (perDay.get(`${station.code}${p.day}`) ?? 0) + 1
    perDay.set(`${station.code}${p.day}`, n)
    return [{ p, station, grade, code, produced, receipt_number: intakeReceiptNumber(station.code, p.day, n) }]
  })
  const created: any[] = await lots.createLots(rows.map((r) => ({ seller_id: r.p.seller.id, product_id: r.p.size.product_id, code: r.code, kind: "harvest", produced_on: r.produced, town: r.station.town, village: null, quantity: r.p.quantity_kg, unit: "kg", inputs: [], inspection_id: null })) as any[])
  await lots.createLotSupplies(rows.map((r, i) => ({ lot_id: created[i].id, member_id: r.p.member_id, quantity: r.p.quantity_kg })) as any[])
  const intakes: any[] = await stations.createStationIntakes(
    rows.map((r, i) => ({
      station_id: r.station.id, receipt_number: r.receipt_number, client_reference: r.p.ref, seller_id: r.p.seller.id, member_id: r.p.member_id,
      product_id: r.p.size.product_id, lot_id: created[i].id, quantity_kg: r.p.quantity_kg, grade_id: r.grade.id, grade_code: r.grade.code,
      price_per_kg_fen: r.p.price_per_kg_fen, amount_fen: Number(intakeAmountFen(r.p.quantity_kg, r.p.price_per_kg_fen)), currency_code: "cny",
      paid: "on_sale", day: r.p.day, recorded_by: "seed", created_at: new Date(`${r.p.day}T10:00:00+08:00`),
    })) as any[]
  )
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const entries = intakes.map((intake, i) => ({
    key: intakeKey(intake.id), seller_id: intake.seller_id, member_id: intake.member_id, kind: "intake" as const, source_type: "intake" as const,
    source_id: intake.id, intake_id: intake.id, lot_id: intake.lot_id, amount_fen: new BigNumber(intake.amount_fen),
    month: rows[i]!.p.month, posted_at: new Date(`${rows[i]!.p.day}T10:00:00+08:00`), ...statusOf(rows[i]!.p.month),
  }))
  await ledger.createLedgerEntries(entries as any[])
  await closeMonths(ledger, entries)
  return intakes.map((intake) => ({ member_id: intake.member_id, amount: BigInt(intake.amount_fen) }))
}
