import { createHash, randomInt, timingSafeEqual } from "node:crypto"
import { MathBN } from "@medusajs/framework/utils"

export type ParcelStatus = "shipped_to_hub" | "on_route" | "at_station" | "collected"

/** Wrong pickup proofs a parcel takes before it is locked: then only the association can help the buyer. */
export const MAX_FAILED_ATTEMPTS = 5
export const PICKUP_RATE_CODE = "pickup"

/** A fresh six-digit pickup code (leading zeros kept). */
export const newPickupCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0")

/** The code is kept only as this hash, salted with the parcel's id so one code's hash says nothing of another's. */
export const hashPickupCode = (parcelId: string, code: string) => createHash("sha256").update(`${parcelId}:${code}`).digest("hex")

/** Pure: whether a parcel in `from` may be received at its station (it is on its way there). */
export const receivable = (from: ParcelStatus) => from === "shipped_to_hub" || from === "on_route"

/** Pure: the day in Beijing (UTC+8, no daylight saving) a moment counts on, as YYYY-MM-DD. */
export const beijingDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

export type PickupProof = { code: string } | { phone_last4: string; id_checked: true }

/**
 * Pure: whether the proof a buyer gives matches the parcel: its pickup code, or the last four digits of the phone on
 * the order with the operator's word that they checked an ID. Compared in constant time for the code's hash.
 */
export function proofMatches(proof: PickupProof, parcel: { id: string; code_hash: string | null }, orderPhone: string | null) {
  if ("code" in proof) {
    if (!parcel.code_hash) return false
    const given = Buffer.from(hashPickupCode(parcel.id, proof.code))
    const kept = Buffer.from(parcel.code_hash)
    return given.length === kept.length && timingSafeEqual(given, kept)
  }
  const digits = (orderPhone ?? "").replace(/\D/g, "")
  return proof.id_checked === true && digits.length >= 4 && digits.slice(-4) === proof.phone_last4
}

export type StationKind = "county_hub" | "town" | "village"
type Placed = { kind: StationKind; town: string; village?: string | null }

/**
 * Pure: what is wrong with where a station sits in the network, or null. The county hub has no parent; a town station
 * hangs under the hub; a village station names its village and hangs under its own town's station.
 */
export function placementProblem(station: Placed, parent: (Placed & { status?: string }) | null): string | null {
  if (station.kind === "county_hub") return parent ? "parent_id: the county hub has no parent" : null
  if (!parent) return `parent_id: a ${station.kind} station needs its parent station`
  if (station.kind === "town" && parent.kind !== "county_hub") return "parent_id: a town station's parent is the county hub"
  if (station.kind === "village") {
    if (!station.village) return "village: a village station names its village"
    if (parent.kind !== "town") return "parent_id: a village station's parent is its town's station"
    if (parent.town !== station.town) return `parent_id: the parent station is in ${parent.town}, not ${station.town}`
  }
  return null
}

/** Pure: an intake's receipt number, the station's code, its Beijing day and its count that day: SL-ZZS-20261203-007. */
export const intakeReceiptNumber = (stationCode: string, day: string, n: number) => `${stationCode}-${day.replaceAll("-", "")}-${String(n).padStart(3, "0")}`

type CashLine = { kind: "received" | "remitted" | "paid_out"; amount: unknown; raw_amount?: unknown }

/** Pure: the cash a station holds of its book's entries: all it received, less all it remitted or paid out to households. */
export function cashHeld(entries: CashLine[]) {
  return entries.reduce((sum, e) => {
    const amount = (e.raw_amount ?? e.amount) as any
    return e.kind === "received" ? MathBN.add(sum, amount) : MathBN.sub(sum, amount)
  }, MathBN.convert(0))
}
