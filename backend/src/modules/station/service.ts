import { createHash, randomBytes } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import { MathBN, MedusaError, MedusaService } from "@medusajs/framework/utils"
import CashEntry from "./models/cash-entry"
import Intake from "./models/intake"
import NetworkRate from "./models/network-rate"
import Parcel from "./models/parcel"
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

const INVITE_DAYS = 7
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex")
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)

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

class StationModuleService extends MedusaService({ Station, StationUser, StationInvite, StationParcel: Parcel, StationCashEntry: CashEntry, StationNetworkRate: NetworkRate, StationIntake: Intake }) {
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
  async shipParcel(order_id: string, station_id: string, sharedContext?: Context) {
    const [existing] = await this.listStationParcels({ order_id }, {}, sharedContext)
    if (existing) return { parcel: existing, created: false }
    const parcel = await this.createStationParcels({ order_id, station_id, status: "shipped_to_hub", shipped_at: new Date() }, sharedContext)
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
  async checkPickupProof(id: string, station_id: string, proof: PickupProof, orderPhone: string | null, sharedContext?: Context) {
    const parcel = await this.ownParcel(id, station_id, sharedContext)
    if (parcel.status === "shipped_to_hub" || parcel.status === "on_route") {
      throw conflict("status: this parcel has not been received at the station yet")
    }
    if (parcel.failed_attempts >= MAX_FAILED_ATTEMPTS) {
      throw conflict(`code: ${MAX_FAILED_ATTEMPTS} wrong attempts; this parcel is locked, the association must check the buyer`)
    }
    if (!proofMatches(proof, parcel, orderPhone)) {
      await this.updateStationParcels({ id, failed_attempts: parcel.failed_attempts + 1 }, sharedContext)
      const left = MAX_FAILED_ATTEMPTS - parcel.failed_attempts - 1
      throw invalid("code" in proof ? `code: wrong pickup code (${left} attempts left)` : `phone_last4: does not match the order's phone, or no ID was checked (${left} attempts left)`)
    }
    return parcel
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
