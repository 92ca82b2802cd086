// Pure rules of consolidated shipping: a day's consignments grouped into route runs (hub ↔ town ↔ villages, one
// vehicle each) and what the runs save against a courier call per parcel. No framework: the planner and the benchmark
// call these directly.

/**
 * What moves: a parcel bound for a station (from the hub), a seller's order picked up at its town's station (to the
 * hub), or produce a station took in for a seller (代销, to the hub, where the seller collects it).
 */
export type ConsignmentKind = "parcel" | "seller_pickup" | "intake"
export type Consignment = { kind: ConsignmentKind; ref_id: string; code: string; weight_g: number; from_station_id: string; to_station_id: string }
export type NetworkStation = { id: string; code: string; kind: "county_hub" | "town" | "village"; town: string }
export type Capacity = { parcels: number; kg: number }
export type RouteKind = "town" | "village"

export type PlannedStop = { station_id: string; sequence: number }
export type PlannedRun = { town: string; route_kind: RouteKind; number: number; stops: PlannedStop[]; consignments: Consignment[]; weight_g: number }
export type Plan = { runs: PlannedRun[]; too_heavy: Consignment[] }

/** A vehicle of the association's: how many parcels and kilograms one run carries. */
export const DEFAULT_CAPACITY: Capacity = { parcels: 120, kg: 800 }

/** What a consignment of unknown weight counts as on a vehicle and at the courier's. */
export const DEFAULT_WEIGHT_G = 1000

/** An order's weight from its items (variant weights in grams); null when any item's weight is unknown. */
export function itemsWeightG(items: { quantity: unknown; variant?: { weight?: unknown } | null }[]): number | null {
  let grams = 0
  for (const item of items) {
    const weight = Number(item.variant?.weight)
    if (!Number.isFinite(weight) || weight <= 0) return null
    grams += Math.round(weight * Number(item.quantity))
  }
  return grams > 0 ? grams : null
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The station a consignment's run serves away from the hub (its destination, or where it is picked up). */
const awayEnd = (c: Consignment, hubId: string) => (c.to_station_id === hubId ? c.from_station_id : c.to_station_id)

/**
 * Groups a day's consignments into runs. Each town is its own route (hub → town → its villages); inside a town,
 * consignments are taken in stop order (town station first, then villages by code, then by consignment) and filled
 * into vehicles until the next would exceed the parcels or the kilograms. A consignment heavier than a whole vehicle
 * joins no run (it goes by courier) and is named in `too_heavy`. Same input in any order → same plan.
 */
export function groupIntoRuns(consignments: Consignment[], stations: NetworkStation[], capacity: Capacity): Plan {
  const hub = stations.find((s) => s.kind === "county_hub")
  if (!hub) throw new Error("the network has no county hub")
  const byId = new Map(stations.map((s) => [s.id, s]))
  const limitG = capacity.kg * 1000
  const too_heavy = consignments.filter((c) => c.weight_g > limitG).sort((a, b) => byText(a.ref_id, b.ref_id))
  const towns = new Map<string, Consignment[]>()
  for (const c of consignments) {
    if (c.weight_g > limitG) continue
    const end = byId.get(awayEnd(c, hub.id))
    if (!end || end.kind === "county_hub") throw new Error(`consignment ${c.ref_id}: its station is not in the network`)
    const list = towns.get(end.town)
    if (list) list.push(c)
    else towns.set(end.town, [c])
  }
  const runs: PlannedRun[] = []
  for (const town of [...towns.keys()].sort(byText)) {
    const stopKey = (c: Consignment) => {
      const end = byId.get(awayEnd(c, hub.id))!
      return `${end.kind === "town" ? "0" : "1"}${end.code}`
    }
    const ordered = towns.get(town)!.map((c) => ({ c, key: stopKey(c) })).sort((a, b) => byText(a.key, b.key) || byText(a.c.kind, b.c.kind) || byText(a.c.ref_id, b.c.ref_id))
    let load: Consignment[] = []
    let weight = 0
    let number = 0
    const close = () => {
      if (load.length) runs.push(runOf(town, ++number, load, weight, hub.id, byId))
      load = []
      weight = 0
    }
    for (const { c } of ordered) {
      if (load.length + 1 > capacity.parcels || weight + c.weight_g > limitG) close()
      load.push(c)
      weight += c.weight_g
    }
    close()
  }
  return { runs, too_heavy }
}

function runOf(town: string, number: number, consignments: Consignment[], weight_g: number, hubId: string, byId: Map<string, NetworkStation>): PlannedRun {
  const away = [...new Set(consignments.map((c) => awayEnd(c, hubId)))].map((id) => byId.get(id)!)
  const ordered = away.sort((a, b) => byText(a.kind === "town" ? "0" : "1", b.kind === "town" ? "0" : "1") || byText(a.code, b.code))
  const stops = [hubId, ...ordered.map((s) => s.id)].map((station_id, sequence) => ({ station_id, sequence }))
  const route_kind: RouteKind = ordered.some((s) => s.kind === "village") ? "village" : "town"
  return { town, route_kind, number, stops, consignments, weight_g }
}

/** The association's rates, in fen: a courier's price per parcel by weight, and a run's fixed cost per route kind. */
export type Rates = { courier_first_kg: number; courier_extra_kg: number; run: Record<RouteKind, number> }
export const RATE_CODES = { courier_first_kg: "courier_first_kg", courier_extra_kg: "courier_extra_kg", run_town: "run_town", run_village: "run_village" } as const

/** What a courier charges for one parcel: the first kilogram, then each further started kilogram. */
export function courierFen(weight_g: number, rates: Rates) {
  const kilos = Math.max(1, Math.ceil(weight_g / 1000))
  return rates.courier_first_kg + (kilos - 1) * rates.courier_extra_kg
}

export type RunCost = { route_kind: RouteKind; weights_g: number[] }
export type Savings = { parcels: number; runs: number; grams: number; courier_fen: number; runs_fen: number; saved_fen: number }

/** A set of runs' figures: parcels, runs, grams moved, a courier per parcel against the runs' fixed costs, in fen. */
export function savingsOf(runs: RunCost[], rates: Rates): Savings {
  let parcels = 0, grams = 0, courier = 0, fixed = 0
  for (const run of runs) {
    parcels += run.weights_g.length
    fixed += rates.run[run.route_kind]
    for (const w of run.weights_g) {
      grams += w
      courier += courierFen(w, rates)
    }
  }
  return { parcels, runs: runs.length, grams, courier_fen: courier, runs_fen: fixed, saved_fen: courier - fixed }
}

/** Fen as yuan text, exact ("1234.50", "-3.00"). */
export const yuan = (fen: number) => `${fen < 0 ? "-" : ""}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, "0")}`

/** Grams as kilograms text, exact to the gram ("12.345"). */
export const kilograms = (grams: number) => `${Math.floor(grams / 1000)}.${String(grams % 1000).padStart(3, "0")}`

/** A plan's fingerprint: which consignments ride together in which run, so re-planning the same day changes nothing. */
export const planKey = (runs: { town: string; number: number; consignments: { kind: string; ref_id: string }[] }[]) =>
  runs
    .map((r) => `${r.town}#${r.number}:${r.consignments.map((c) => `${c.kind}/${c.ref_id}`).sort().join(",")}`)
    .sort()
    .join("|")

export type SavingsRow = { parcels: number; runs: number; kg: string; courier_fen: number; runs_fen: number; saved_fen: number; courier: string; runs_cost: string; saved: string }

const row = (s: Savings): SavingsRow => ({
  parcels: s.parcels, runs: s.runs, kg: kilograms(s.grams), courier_fen: s.courier_fen, runs_fen: s.runs_fen, saved_fen: s.saved_fen,
  courier: yuan(s.courier_fen), runs_cost: yuan(s.runs_fen), saved: yuan(s.saved_fen),
})

/** The savings report: each day's and each month's figures (days and months with runs only), and the whole span's. */
export function savingsReport(runs: (RunCost & { day: string })[], rates: Rates) {
  const group = (key: (day: string) => string) => {
    const groups = new Map<string, RunCost[]>()
    for (const run of runs) groups.set(key(run.day), [...(groups.get(key(run.day)) ?? []), run])
    return [...groups.keys()].sort(byText).map((k) => ({ key: k, ...row(savingsOf(groups.get(k)!, rates)) }))
  }
  return {
    days: group((day) => day).map(({ key, ...r }) => ({ day: key, ...r })),
    months: group((day) => day.slice(0, 7)).map(({ key, ...r }) => ({ month: key, ...r })),
    total: row(savingsOf(runs, rates)),
  }
}

/** The start of the week (Monday 00:00 in Beijing, UTC+8) a moment falls in. */
export function beijingWeekStart(at: Date) {
  const local = new Date(at.getTime() + 8 * 3600_000)
  const sinceMonday = (local.getUTCDay() + 6) % 7
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - sinceMonday)
  return new Date(monday - 8 * 3600_000)
}
