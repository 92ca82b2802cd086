import { kilograms } from "./route-runs"

// What a run looks like to the association and to its driver: its stops in order, each with what is loaded and
// unloaded there. Only stations, order numbers and parcel ids: no buyer's name or phone ever rides on a manifest.

type StationRow = { id: string; code: string; name: string; name_en: string; address: string; kind: string }
type ConsignmentRow = { id: string; kind: string; ref_id: string; order_id: string; code: string; weight_g: number; from_station_id: string; to_station_id: string }
type RunRow = {
  id: string; day: string; town: string; number: number; route_kind: string; status: string; weight_g: number
  capacity_parcels: number; capacity_kg: number; started_at: Date | null; done_at: Date | null
  stops: { id: string; sequence: number; station_id: string; done_at: Date | null }[]
  consignments: ConsignmentRow[]
}

const item = (c: ConsignmentRow) => ({ kind: c.kind, code: c.code, ref_id: c.ref_id, kg: kilograms(c.weight_g) })

export function runView(run: RunRow, stations: Map<string, StationRow>) {
  const station = (id: string) => {
    const s = stations.get(id)
    return s ? { id: s.id, code: s.code, name: s.name, name_en: s.name_en, address: s.address, kind: s.kind } : { id, code: "?", name: "?", name_en: "?", address: "", kind: "" }
  }
  return {
    id: run.id, day: run.day, town: run.town, number: run.number, route_kind: run.route_kind, status: run.status,
    capacity: { parcels: run.capacity_parcels, kg: run.capacity_kg }, parcels: run.consignments.length, kg: kilograms(run.weight_g),
    started_at: run.started_at, done_at: run.done_at,
    stops: [...run.stops].sort((a, b) => a.sequence - b.sequence).map((stop) => ({
      id: stop.id, sequence: stop.sequence, done_at: stop.done_at, station: station(stop.station_id),
      load: run.consignments.filter((c) => c.from_station_id === stop.station_id).sort(byCode).map(item),
      unload: run.consignments.filter((c) => c.to_station_id === stop.station_id).sort(byCode).map(item),
    })),
  }
}
export type RunView = ReturnType<typeof runView>

const byCode = (a: ConsignmentRow, b: ConsignmentRow) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.ref_id < b.ref_id ? -1 : 1)
