import { createHash, randomBytes } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MathBN, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { seal, unseal } from "../../lib/sealed"
import AssistedOrder from "./models/assisted-order"
import CashEntry from "./models/cash-entry"
import Intake from "./models/intake"
import NetworkRate from "./models/network-rate"
import Parcel from "./models/parcel"
import RouteConsignment from "./models/route-consignment"
import RouteRun from "./models/route-run"
import RouteStop from "./models/route-stop"
import Station from "./models/station"
import StationInvite from "./models/station-invite"
import StationUser from "./models/station-user"
import {
  beijingDay,
  hashPickupCode,
  cashHeld,
  intakeReceiptNumber,
  MAX_FAILED_ATTEMPTS,
  newPickupCode,
  PICKUP_RATE_CODE,
  type ParcelStatus,
  type PickupProof,
  placementProblem,
  proofMatches,
  receivable,
  type StationKind,
} from "./rules"
import { type Capacity, type Consignment, planKey, type PlannedRun, RATE_CODES, type Rates, type RouteKind, savingsReport } from "./route-runs"
import { runView } from "./route-view"

const INVITE_DAYS = 7
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)

type Removal = { runs: string[]; stops: string[]; consignments: string[] }
const emptyRemoval = (): Removal => ({ runs: [], stops: [], consignments: [] })

export type IntakeData = {
  station_id: string
  receipt_number: string
  day: string
  client_reference: string
  seller_id: string
  member_id: string
  product_id: string
  lot_id: string | null
  quantity_kg: string
  grade_id: string
  grade_code: string
  price_per_kg_fen: number
  amount_fen: number
  currency_code: string
  paid: "now" | "on_sale"
  recorded_by: string
}

type ParcelRow = { id: string; status: ParcelStatus; code_hash: string | null; failed_attempts: number; station_id: string }

class StationModuleService extends MedusaService({
  Station,
  StationUser,
  StationInvite,
  StationParcel: Parcel,
  StationCashEntry: CashEntry,
  StationNetworkRate: NetworkRate,
  StationRouteRun: RouteRun,
  StationRouteStop: RouteStop,
  StationRouteConsignment: RouteConsignment,
  StationAssistedOrder: AssistedOrder,
  StationIntake: Intake,
}) {
  /** The association's pickup rate (what a buyer pays for delivery to a station), or null before it is set. */
  async pickupRate(sharedContext?: Context) {
    const [rate] = await this.listStationNetworkRates({ code: PICKUP_RATE_CODE }, {}, sharedContext)
    return rate ? { currency_code: rate.currency_code, amount: MathBN.convert((rate.raw_amount ?? rate.amount) as any).toString() } : null
  }

  /** Refuses a station placed wrongly in the network (rules.ts), naming the field. */
  async checkPlacement(station: { kind: StationKind; town: string; village?: string | null; parent_id?: string | null }, sharedContext?: Context) {
    const [parent] = station.parent_id ? await this.listStations({ id: station.parent_id }, {}, sharedContext) : []
    if (station.parent_id && !parent) throw invalid("parent_id: no station has this id")
    const problem = placementProblem(station, (parent as any) ?? null)
    if (problem) throw invalid(problem)
    if (station.kind === "county_hub" && (await this.listStations({ kind: "county_hub" }, { take: 1 }, sharedContext)).length) {
      throw invalid("kind: the county has one hub already")
    }
  }

  /** Invites someone to run a station for a week (its owner, or staff); the token is returned this once. */
  async issueInvite(station_id: string, email: string, role: "owner" | "staff", sharedContext?: Context) {
    const token = randomBytes(24).toString("base64url")
    const expires_at = new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000)
    const invite = await this.createStationInvites({ station_id, email, role, token_hash: hashToken(token), expires_at }, sharedContext)
    return { invite, token }
  }

  /** Uses an open invitation sent to this e-mail, once; each refusal names the field at fault. */
  async acceptInvite(token: string, email: string, sharedContext?: Context) {
    const [invite] = await this.listStationInvites({ token_hash: hashToken(token) }, {}, sharedContext)
    if (!invite) throw invalid("token: no invitation has this token")
    if (invite.accepted_at) throw invalid("token: this invitation was already used")
    if (invite.expires_at < new Date()) throw invalid("token: this invitation has expired")
    if (invite.email.toLowerCase() !== email.toLowerCase()) throw invalid("email: this invitation was sent to another e-mail address")
    await this.updateStationInvites({ id: invite.id, accepted_at: new Date() }, sharedContext)
    return invite
  }

  /** The parcel of a seller order bound for a station, shipped to the hub now; once per order. */
  async shipParcel(order_id: string, station_id: string, weight_g: number | null = null, sharedContext?: Context) {
    const [existing] = await this.listStationParcels({ order_id }, {}, sharedContext)
    if (existing) return { parcel: existing, created: false }
    const parcel = await this.createStationParcels({ order_id, station_id, status: "shipped_to_hub", shipped_at: new Date(), weight_g }, sharedContext)
    return { parcel, created: true }
  }

  /**
   * Receives a parcel at its station and gives it a fresh pickup code, returned this once (only its hash is kept).
   * A parcel already received is answered as it is, with no code: receiving twice sends the buyer nothing new.
   */
  async receiveParcel(id: string, station_id: string, received_by: string, sharedContext?: Context) {
    const parcel = await this.ownParcel(id, station_id, sharedContext)
    if (!receivable(parcel.status)) return { parcel, code: null as string | null }
    const code = newPickupCode()
    const updated = await this.updateStationParcels(
      { id, status: "at_station", received_at: new Date(), received_by, code_hash: hashPickupCode(id, code) },
      sharedContext
    )
    return { parcel: updated, code }
  }

  /**
   * Checks the buyer's proof at hand-over. A wrong one is counted (kept even though the hand-over fails) and refused;
   * after MAX_FAILED_ATTEMPTS wrong ones the parcel takes no more. Run under the parcel's purchase lock.
   */
  async checkPickupProof(id: string, station_id: string, proof: PickupProof, orderPhone: string | null, purchaseId?: string | null, sharedContext?: Context) {
    const parcel = await this.ownParcel(id, station_id, sharedContext)
    if (parcel.status === "shipped_to_hub" || parcel.status === "on_route") {
      throw conflict("status: this parcel has not been received at the station yet")
    }
    if (parcel.failed_attempts >= MAX_FAILED_ATTEMPTS) {
      throw conflict(`code: ${MAX_FAILED_ATTEMPTS} wrong attempts; this parcel is locked, the association must check the buyer`)
    }
    if (!(await this.proofHolds(proof, parcel, orderPhone, purchaseId ?? null, sharedContext))) {
      await this.updateStationParcels({ id, failed_attempts: parcel.failed_attempts + 1 }, sharedContext)
      const left = MAX_FAILED_ATTEMPTS - parcel.failed_attempts - 1
      throw invalid("code" in proof ? `code: wrong pickup code (${left} attempts left)` : `phone_last4: does not match the order's phone, or no ID was checked (${left} attempts left)`)
    }
    return parcel
  }

  /**
   * 代购: records the villager a station ordered for, their phone sealed, with a fresh pickup code for every parcel of
   * the order, returned this once (only its hash is kept, salted with the record's id).
   */
  async recordAssistedOrder(
    input: { station_id: string; order_id: string; idempotency_key: string; villager: { name: string; phone: string }; placed_by: string },
    sharedContext?: Context
  ) {
    const id = generateEntityId(undefined, "sasd")
    const code = newPickupCode()
    const { villager, ...rest } = input
    const record = await this.createStationAssistedOrders(
      { ...rest, id, villager_name: villager.name, villager_phone_sealed: seal(villager.phone), villager_phone_last4: villager.phone.slice(-4), code_hash: hashPickupCode(id, code) },
      sharedContext
    )
    return { record, code }
  }

  /** The villager of an assisted order, unsealed for its own station's view. */
  villagerOf(record: { villager_name: string; villager_phone_sealed: string }) {
    return { name: record.villager_name, phone: unseal(record.villager_phone_sealed) }
  }

  /** Hands a received parcel over; returns the previous state for compensation. */
  async collectParcel(id: string, collected_with: "code" | "phone_and_id", handed_over_by: string, sharedContext?: Context) {
    const parcel = await this.retrieveStationParcel(id, {}, sharedContext)
    if (parcel.status === "collected") return { parcel, before: null }
    if (parcel.status !== "at_station") throw conflict("status: only a parcel at the station can be handed over")
    const updated = await this.updateStationParcels({ id, status: "collected", collected_at: new Date(), collected_with, handed_over_by }, sharedContext)
    return { parcel: updated, before: { id, status: parcel.status, collected_at: null, collected_with: null, handed_over_by: null } }
  }

  /** The cash book of a station for one Beijing day: what was received, remitted and paid out, and what it holds of it. */
  async cashBook(station_id: string, day: string, sharedContext?: Context) {
    const entries = await this.listStationCashEntries({ station_id, day }, { order: { created_at: "ASC" } }, sharedContext)
    const sum = (kind: string) => MathBN.sum(0, ...entries.filter((e) => e.kind === kind).map((e) => MathBN.convert((e.raw_amount ?? e.amount) as any)))
    const [received, remitted, paid_out] = [sum("received"), sum("remitted"), sum("paid_out")]
    return { day, entries, received: received.toFixed(2), remitted: remitted.toFixed(2), paid_out: paid_out.toFixed(2), balance: cashHeld(entries as any).toFixed(2) }
  }

  /** Records cash on a station's book today (Beijing). */
  async recordCash(entry: { station_id: string; kind: "received" | "remitted" | "paid_out"; amount: string; currency_code: string; recorded_by: string; parcel_id?: string | null; intake_id?: string | null; note?: string | null }, sharedContext?: Context) {
    return await this.createStationCashEntries({ ...entry, day: beijingDay(new Date()) } as any, sharedContext)
  }

  /**
   * Books cash the station hands on to the association. Never more than the station holds (all it received less all
   * it remitted or paid out to households); run under the station's cash lock so two remittances cannot both spend the same balance.
   */
  async remit(station_id: string, amount: string, currency_code: string, recorded_by: string, note?: string | null, sharedContext?: Context) {
    const entries = await this.listStationCashEntries({ station_id, currency_code }, { select: ["kind", "amount", "raw_amount"] }, sharedContext)
    const held = cashHeld(entries as any)
    if (MathBN.gt(amount, held)) throw invalid(`amount: the station holds ${held.toFixed(2)} ${currency_code.toUpperCase()}; it cannot remit more`)
    return await this.recordCash({ station_id, kind: "remitted", amount, currency_code, recorded_by, note }, sharedContext)
  }

  /** The association's route rates in fen (courier per parcel by weight, a run's fixed cost per route kind). */
  async routeRates(sharedContext?: Context): Promise<Rates> {
    const rows = await this.listStationNetworkRates({ code: Object.values(RATE_CODES) }, {}, sharedContext)
    const fen = (code: string) => {
      const row = rows.find((r) => r.code === code)
      if (!row) throw conflict(`rates: the association has not set the ${code} rate`)
      return MathBN.mult((row.raw_amount ?? row.amount) as any, 100).toNumber()
    }
    return { courier_first_kg: fen(RATE_CODES.courier_first_kg), courier_extra_kg: fen(RATE_CODES.courier_extra_kg), run: { town: fen(RATE_CODES.run_town), village: fen(RATE_CODES.run_village) } }
  }

  /** Which of these consignments already ride a run, other than the day's planned ones (those are being re-planned). */
  async consignmentsTaken(day: string, refs: string[], sharedContext?: Context) {
    const rows = await this.listStationRouteConsignments({ ref_id: refs }, { relations: ["run"], select: ["ref_id", "kind", "run.day", "run.status"] }, sharedContext)
    return new Set(rows.filter((c: any) => !(c.run.day === day && c.run.status === "planned")).map((c) => `${c.kind}/${c.ref_id}`))
  }

  /**
   * Puts a new plan in place of the day's planned runs (runs under way or done stay as they are). The same plan as
   * the one in place changes nothing, so re-planning a day is idempotent. Returns what to undo.
   */
  @InjectTransactionManager()
  async replacePlannedRuns(day: string, plan: PlannedRun[], capacity: Capacity, @MedusaContext() sharedContext: Context = {}) {
    const planned = await this.listStationRouteRuns({ day, status: "planned" }, { relations: ["consignments", "stops"] }, sharedContext)
    const sameVehicles = planned.every((r) => r.capacity_parcels === capacity.parcels && r.capacity_kg === capacity.kg)
    if (sameVehicles && planKey(planned as any) === planKey(plan)) return { removed: emptyRemoval(), created: [] as string[] }
    // Soft deletion does not cascade: the runs' stops and consignments go with them, so their consignments may ride again.
    const removed = {
      runs: planned.map((r) => r.id),
      stops: planned.flatMap((r) => r.stops.map((x) => x.id)),
      consignments: planned.flatMap((r) => r.consignments.map((x) => x.id)),
    }
    if (removed.consignments.length) await this.softDeleteStationRouteConsignments(removed.consignments, {}, sharedContext)
    if (removed.stops.length) await this.softDeleteStationRouteStops(removed.stops, {}, sharedContext)
    if (removed.runs.length) await this.softDeleteStationRouteRuns(removed.runs, {}, sharedContext)
    const created: string[] = []
    for (const run of plan) {
      const row = await this.createStationRouteRuns(
        { day, town: run.town, number: run.number, route_kind: run.route_kind, capacity_parcels: capacity.parcels, capacity_kg: capacity.kg, weight_g: run.weight_g },
        sharedContext
      )
      await this.createStationRouteStops(run.stops.map((stop) => ({ ...stop, run_id: row.id })) as any, sharedContext)
      await this.createStationRouteConsignments(run.consignments.map((c: Consignment & { order_id?: string }) => ({ ...c, order_id: c.order_id ?? c.ref_id, run_id: row.id })) as any, sharedContext)
      created.push(row.id)
    }
    return { removed, created }
  }

  /** Undoes replacePlannedRuns: the new runs go, the old planned ones come back. */
  async undoReplacePlannedRuns(undo: { removed: Removal; created: string[] }, sharedContext?: Context) {
    if (undo.created.length) await this.deleteStationRouteRuns(undo.created, sharedContext)
    if (undo.removed.runs.length) await this.restoreStationRouteRuns(undo.removed.runs, {}, sharedContext)
    if (undo.removed.stops.length) await this.restoreStationRouteStops(undo.removed.stops, {}, sharedContext)
    if (undo.removed.consignments.length) await this.restoreStationRouteConsignments(undo.removed.consignments, {}, sharedContext)
  }

  /**
   * The driver is done at a stop. The hub's stop comes first: the run is under way and its parcels are on the route.
   * At a station, its parcels are handed over there (the caller receives them). Done twice answers as it is.
   */
  @InjectTransactionManager()
  async markStopDone(run_id: string, stop_id: string, done_by: string, @MedusaContext() sharedContext: Context = {}) {
    const [run] = await this.listStationRouteRuns({ id: run_id }, { relations: ["stops", "consignments"] }, sharedContext)
    const stop = run?.stops.find((s) => s.id === stop_id)
    if (!run || !stop) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stop with id: ${stop_id} was not found on run ${run_id}`)
    const parcels = run.consignments.filter((c) => c.kind === "parcel")
    const toReceive = parcels.filter((c) => c.to_station_id === stop.station_id).map((c) => c.ref_id)
    if (stop.done_at) return { run_id, stop_id, receive: [] as string[], already: true }
    const hubStop = run.stops.find((s) => s.sequence === 0)!
    if (stop.sequence > 0 && !hubStop.done_at) throw conflict("stop: the run has not left the hub yet; mark the hub's stop done first")
    const now = new Date()
    await this.updateStationRouteStops({ id: stop.id, done_at: now, done_by }, sharedContext)
    if (stop.sequence === 0) {
      await this.updateStationRouteRuns({ id: run.id, status: "under_way", started_at: now }, sharedContext)
      const waiting = await this.listStationParcels({ id: parcels.map((c) => c.ref_id), status: "shipped_to_hub" }, { select: ["id"] }, sharedContext)
      if (waiting.length) await this.updateStationParcels(waiting.map((p) => ({ id: p.id, status: "on_route" as const, dispatched_at: now })), sharedContext)
    }
    if (run.stops.every((s) => s.id === stop.id || s.done_at)) await this.updateStationRouteRuns({ id: run.id, status: "done", done_at: now }, sharedContext)
    return { run_id, stop_id, receive: stop.sequence === 0 ? [] : toReceive, already: false }
  }

  /** Runs (by day or id) with their stops and what each loads and unloads, in the day's order. */
  async runViews(filters: { day?: string; id?: string; status?: string[] }, sharedContext?: Context) {
    const runs = await this.listStationRouteRuns(filters, { relations: ["stops", "consignments"], order: { day: "ASC", town: "ASC", number: "ASC" } }, sharedContext)
    const ids = [...new Set(runs.flatMap((r) => r.stops.map((s) => s.station_id)))]
    const stations = ids.length ? await this.listStations({ id: ids }, { select: ["id", "code", "name", "name_en", "address", "kind"] }, sharedContext) : []
    const byId = new Map(stations.map((s) => [s.id, s as any]))
    return runs.map((run) => runView(run as any, byId))
  }

  /** Parcels, runs, kg moved and yuan saved against a courier per parcel, by day and month, for runs from..to. */
  async savings(from: string, to: string, sharedContext?: Context) {
    const rates = await this.routeRates(sharedContext)
    const runs = await this.listStationRouteRuns({ day: { $gte: from, $lte: to } }, { relations: ["consignments"], select: ["id", "day", "route_kind", "consignments.weight_g"] }, sharedContext)
    return { from, to, ...savingsReport(runs.map((r) => ({ day: r.day, route_kind: r.route_kind as RouteKind, weights_g: r.consignments.map((c) => c.weight_g) })), rates) }
  }

  /** Which of these orders ride route runs: each consignment's run, when the run collected it and when it arrived. */
  async ordersOnRuns(order_ids: string[], sharedContext?: Context) {
    if (!order_ids.length) return []
    const rows = await this.listStationRouteConsignments({ order_id: order_ids }, { relations: ["run", "run.stops"], order: { created_at: "ASC" } }, sharedContext)
    return rows.map((c: any) => {
      const at = (station_id: string) => c.run.stops.find((s: any) => s.station_id === station_id)?.done_at ?? null
      return {
        order_id: c.order_id, kind: c.kind, code: c.code,
        run: { id: c.run.id, day: c.run.day, town: c.run.town, number: c.run.number, status: c.run.status },
        collected_at: at(c.from_station_id),
        arrived_at: c.kind === "seller_pickup" ? c.run.done_at : at(c.to_station_id),
      }
    })
  }

  /** Every station with its parcels this week: waiting there now, received and collected since `since`. */
  async stationActivity(since: Date, sharedContext?: Context) {
    const stations = await this.listStations({}, { select: ["id", "code", "kind", "name", "name_en", "parent_id", "status"], order: { code: "ASC" } }, sharedContext)
    const parcels = await this.listStationParcels(
      { $or: [{ status: "at_station" }, { received_at: { $gte: since } }, { collected_at: { $gte: since } }] } as any,
      { select: ["station_id", "status", "received_at", "collected_at"] },
      sharedContext
    )
    const count = (id: string, test: (p: any) => boolean) => parcels.filter((p: any) => p.station_id === id && test(p)).length
    return stations.map((s) => ({
      ...s,
      waiting: count(s.id, (p) => p.status === "at_station"),
      received: count(s.id, (p) => p.received_at && new Date(p.received_at) >= since),
      collected: count(s.id, (p) => p.collected_at && new Date(p.collected_at) >= since),
    }))
  }

  /** The parcel's code or the order's phone; for an assisted order also the code given at placement, and the villager's phone. */
  private async proofHolds(proof: PickupProof, parcel: ParcelRow, orderPhone: string | null, purchaseId: string | null, sharedContext?: Context) {
    const [assisted] = purchaseId ? await this.listStationAssistedOrders({ order_id: purchaseId }, {}, sharedContext) : []
    if (!assisted) return proofMatches(proof, parcel, orderPhone)
    // The phone's last four are all the phone proof needs: it stays sealed.
    return proofMatches(proof, parcel, assisted.villager_phone_last4) || proofMatches(proof, { id: assisted.id, code_hash: assisted.code_hash }, null)
  }

  /**
   * Records an intake (代销) with the day's next receipt number of its station. The caller holds the station's intake
   * lock, so two intakes at once cannot take the same number (the unique index backs it).
   */
  async recordIntake(intake: Omit<IntakeData, "receipt_number" | "day">, station_code: string, sharedContext?: Context) {
    const day = beijingDay(new Date())
    const count = await this.listStationIntakes({ station_id: intake.station_id, day }, { select: ["id"], withDeleted: true }, sharedContext)
    return await this.createStationIntakes({ ...intake, day, receipt_number: intakeReceiptNumber(station_code, day, count.length + 1) } as any, sharedContext)
  }

  /** The intake a station recorded with this form reference, if any: a retried POST answers it again. */
  async intakeByReference(station_id: string, client_reference: string, sharedContext?: Context) {
    const [found] = await this.listStationIntakes({ station_id, client_reference }, {}, sharedContext)
    return found ?? null
  }

  /** A station's own parcel; another station's reads as not found. */
  private async ownParcel(id: string, station_id: string, sharedContext?: Context): Promise<ParcelRow> {
    const [parcel] = await this.listStationParcels({ id, station_id }, {}, sharedContext)
    if (!parcel) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Parcel with id: ${id} was not found`)
    return parcel as unknown as ParcelRow
  }
}

export default StationModuleService
