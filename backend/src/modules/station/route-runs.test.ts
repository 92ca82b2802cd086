import { beijingWeekStart, type Consignment, courierFen, groupIntoRuns, kilograms, type NetworkStation, planKey, type Rates, savingsOf, yuan } from "./route-runs"

const stations: NetworkStation[] = [
  { id: "hub", code: "FS-HUB", kind: "county_hub", town: "凤山镇" },
  { id: "sl", code: "SL", kind: "town", town: "胜利镇" },
  { id: "sl-a", code: "SL-A", kind: "village", town: "胜利镇" },
  { id: "sl-b", code: "SL-B", kind: "village", town: "胜利镇" },
  { id: "hp", code: "HP", kind: "town", town: "河铺镇" },
]
const parcel = (ref: string, to: string, weight_g = 1000): Consignment => ({ kind: "parcel", ref_id: ref, code: ref, weight_g, from_station_id: "hub", to_station_id: to })
const pickup = (ref: string, from: string, weight_g = 1000): Consignment => ({ kind: "seller_pickup", ref_id: ref, code: ref, weight_g, from_station_id: from, to_station_id: "hub" })
const rates: Rates = { courier_first_kg: 800, courier_extra_kg: 200, run: { town: 6000, village: 9000 } }

describe("grouping a day's consignments into route runs", () => {
  it("gives each town its own runs with stops ordered hub → town → villages", () => {
    const plan = groupIntoRuns([parcel("p1", "sl-b"), pickup("o1", "sl"), parcel("p2", "hp"), parcel("p3", "sl-a")], stations, { parcels: 10, kg: 100 })
    expect(plan.runs.map((r) => [r.town, r.route_kind, r.stops.map((s) => s.station_id)])).toEqual([
      ["河铺镇", "town", ["hub", "hp"]],
      ["胜利镇", "village", ["hub", "sl", "sl-a", "sl-b"]],
    ])
    expect(plan.runs[1].consignments.map((c) => c.ref_id)).toEqual(["o1", "p3", "p1"])
  })

  it("puts every consignment in exactly one run and never loads a vehicle past its parcels or kilograms", () => {
    const many = Array.from({ length: 250 }, (_, i) => parcel(`p${String(i).padStart(3, "0")}`, ["sl", "sl-a", "sl-b", "hp"][i % 4], 500 + ((i * 379) % 9000)))
    const plan = groupIntoRuns(many, stations, { parcels: 30, kg: 100 })
    const refs = plan.runs.flatMap((r) => r.consignments.map((c) => c.ref_id))
    expect(refs.sort()).toEqual(many.map((c) => c.ref_id).sort())
    for (const run of plan.runs) {
      expect(run.consignments.length).toBeLessThanOrEqual(30)
      expect(run.weight_g).toBeLessThanOrEqual(100_000)
      expect(run.weight_g).toBe(run.consignments.reduce((s, c) => s + c.weight_g, 0))
    }
    expect(plan.runs.filter((r) => r.town === "胜利镇").map((r) => r.number)).toEqual(plan.runs.filter((r) => r.town === "胜利镇").map((_, i) => i + 1))
  })

  it("makes the same plan from the same consignments in any order", () => {
    const day = [parcel("a", "sl-a", 3000), parcel("b", "sl", 2000), pickup("c", "hp"), parcel("d", "sl-b", 7000), parcel("e", "sl-a", 4000)]
    const once = groupIntoRuns(day, stations, { parcels: 2, kg: 10 })
    const again = groupIntoRuns([...day].reverse(), stations, { parcels: 2, kg: 10 })
    expect(again).toEqual(once)
    expect(planKey(again.runs)).toBe(planKey(once.runs))
  })

  it("leaves a consignment heavier than a whole vehicle to the courier, and refuses a station outside the network", () => {
    const plan = groupIntoRuns([parcel("big", "sl", 900_001), parcel("ok", "sl")], stations, { parcels: 5, kg: 900 })
    expect(plan.too_heavy.map((c) => c.ref_id)).toEqual(["big"])
    expect(plan.runs.flatMap((r) => r.consignments.map((c) => c.ref_id))).toEqual(["ok"])
    expect(() => groupIntoRuns([parcel("x", "nowhere")], stations, { parcels: 5, kg: 5 })).toThrow("x")
  })
})

describe("the cost model", () => {
  it("charges a courier the first kilogram and each further started one", () => {
    expect([courierFen(1, rates), courierFen(1000, rates), courierFen(1001, rates), courierFen(2500, rates)]).toEqual([800, 800, 1000, 1200])
  })

  it("sums parcels, runs, grams and fen exactly, and writes yuan and kilograms without floating point", () => {
    const s = savingsOf([{ route_kind: "village", weights_g: [1000, 2500] }, { route_kind: "town", weights_g: [1] }], rates)
    expect(s).toEqual({ parcels: 3, runs: 2, grams: 3501, courier_fen: 800 + 1200 + 800, runs_fen: 15000, saved_fen: 2800 - 15000 })
    expect([yuan(s.saved_fen), yuan(5), yuan(123456), kilograms(s.grams), kilograms(7)]).toEqual(["-122.00", "0.05", "1234.56", "3.501", "0.007"])
  })
})

describe("a station's week", () => {
  it("starts on Monday at midnight in Beijing", () => {
    // Thursday 3 December 2026, 06:00 UTC (14:00 in Beijing) → Monday 30 November, 00:00 Beijing = 29 November 16:00 UTC.
    expect(beijingWeekStart(new Date("2026-12-03T06:00:00Z")).toISOString()).toBe("2026-11-29T16:00:00.000Z")
    // Sunday 6 December 20:00 UTC is already Monday 7 December in Beijing.
    expect(beijingWeekStart(new Date("2026-12-06T20:00:00Z")).toISOString()).toBe("2026-12-06T16:00:00.000Z")
  })
})
