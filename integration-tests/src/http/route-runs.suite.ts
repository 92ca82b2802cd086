import type { SuiteContext } from "../support/boot"
import { ADDRESS } from "../support/checkout"
import { FIRST_GRADE_CHESTNUTS, listApproved } from "../support/listings"
import { pdfText } from "../support/pdf-text"
import { bearer, failure, registerSeller } from "../support/sellers"
import { adminHeaders, storeHeaders } from "../support/store"

type Headers = { headers: Record<string, string> }

// A June day nobody else ships on: the suite's own 360 parcels, made straight in the station module for speed.
const DAY = "2026-06-15"
const PARCELS = 360
const TOWNS = ["HP", "DQ", "PH", "KH"]
const grams = (kg: string) => Number(kg.replace(".", ""))
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
/** The suite's own reading of the seeded rates (fen): ¥8 the first kg, ¥2 each further one; ¥60 / ¥90 a run. */
const courier = (g: number) => 800 + (Math.max(1, Math.ceil(g / 1000)) - 1) * 200
const RUN_FEN: Record<string, number> = { town: 6000, village: 9000 }

export default function routeRunsSuite({ api, getContainer }: SuiteContext) {
  let admin: Headers
  let driver: Headers
  let villageOperator: Headers
  let chen: Awaited<ReturnType<typeof registerSeller>>
  let wang: Awaited<ReturnType<typeof registerSeller>>
  const net: Record<string, any> = {}
  let weights = new Map<string, number>()
  const real: { parcel?: any; pickupOrder?: string; parcelOrder?: string; village?: any; intake?: any } = {}
  // The runner restores the database after the setup before every test: both days are planned in the setup.
  let dayPlan: any
  let todayPlan: any
  const station = () => getContainer().resolve("station")
  const refsOf = (runs: any[]) => runs.flatMap((r) => r.stops.flatMap((s: any) => s.load.map((c: any) => `${c.kind}/${c.ref_id}`)))
  const plan = (day: string, capacity?: object) => api.post("/admin/route-runs/plan", { day, ...(capacity ? { capacity } : {}) }, admin)

  async function operatorOf(stationId: string, email: string) {
    const { data: invited } = await api.post(`/admin/stations/${stationId}/invites`, { email }, admin)
    const { data: registered } = await api.post("/auth/station/emailpass/register", { email, password: "pass-1234" })
    await api.post("/stations/invites/accept", { token: invited.invite.token, first_name: "师傅" }, bearer(registered.token))
    const { data: login } = await api.post("/auth/station/emailpass", { email, password: "pass-1234" })
    return bearer(login.token)
  }

  /** A guest buys `quantity` of a variant, picked up at `stationId` or (without one) by courier; the seller's order id. */
  async function buy(variant_id: string, quantity: number, stationId?: string) {
    const store = await storeHeaders(getContainer())
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: any) => r.currency_code === "cny")
    const { data } = await api.post("/store/carts", { region_id: region.id, email: "rr-buyer@example.cn", items: [{ variant_id, quantity }] }, store)
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
    const { data: choice } = await api.get(`/store/carts/${cartId}/deliveries`, store)
    const options = choice.deliveries[0].options
    const option = options.find((o: any) => o.kind === (stationId ? "station_pickup" : "courier"))
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id, ...(stationId ? { data: { station_id: stationId } } : {}) }, store)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
    await api.post(`/store/carts/${cartId}/complete`, {}, store)
    const { data: orders } = await api.get("/vendors/me/orders", chen.auth)
    return orders.orders.find((o: any) => Number(o.items[0].quantity) === quantity).id as string
  }

  beforeAll(async () => {
    admin = await adminHeaders(api)
    const { data } = await api.get("/admin/stations", admin)
    for (const s of data.stations) net[s.code] = s
    const targets = data.stations.filter((s: any) => TOWNS.some((t) => s.code === t || s.code.startsWith(`${t}-`)))
    const rows = Array.from({ length: PARCELS }, (_, i) => ({
      order_id: `order_rr_${String(i).padStart(4, "0")}`, station_id: targets[i % targets.length].id, status: "shipped_to_hub",
      shipped_at: new Date(`${DAY}T01:00:00Z`), weight_g: 300 + ((i * 7919) % 24_000),
    }))
    const created = await station().createStationParcels(rows)
    weights = new Map(created.map((p: any) => [`parcel/${p.id}`, p.weight_g]))
    driver = await operatorOf(net["FS-HUB"].id, "driver-rr@stations.test")
    real.village = targets.find((s: any) => s.kind === "village" && s.code.startsWith("HP-"))
    villageOperator = await operatorOf(real.village.id, "village-rr@stations.test")
    chen = await registerSeller(api, "chen-runs")
    wang = await registerSeller(api, "wang-runs")
    const variant = (await listApproved(api, chen, FIRST_GRADE_CHESTNUTS)).variants[0].id
    // One order picked up at a Hepu village station (shipped to the hub), one by courier left to collect in Shengli.
    real.parcelOrder = await buy(variant, 2, real.village.id)
    await api.post(`/vendors/me/orders/${real.parcelOrder}/fulfillments`, { method: "station", station: real.village.name }, chen.auth)
    real.parcel = (await station().listStationParcels({ order_id: real.parcelOrder }))[0]
    real.pickupOrder = await buy(variant, 3)
    // 30.5 kg of chestnuts a household brought to the Hepu village station today (代销), for the hub.
    real.intake = await station().createStationIntakes({
      station_id: real.village.id, receipt_number: `${real.village.code}-RR-001`, day: today(), client_reference: "rr-intake-1",
      seller_id: chen.id, member_id: "mem_rr", product_id: "prod_rr", lot_id: null, quantity_kg: "30.5", grade_id: "grade_rr",
      grade_code: "first", price_per_kg_fen: 1200, amount_fen: 36600, currency_code: "cny", paid: "now", recorded_by: "rr",
    })
    dayPlan = (await plan(DAY, { parcels: 40, kg: 300 })).data
    todayPlan = (await plan(today())).data
  })

  it("plans a day of hundreds of parcels: each in exactly one run, no vehicle over capacity, totals the sum of the parcels", async () => {
    const data = dayPlan
    expect(data.too_heavy).toEqual([])
    expect(refsOf(data.runs).sort()).toEqual([...weights.keys()].sort())
    for (const run of data.runs) {
      expect(run.parcels).toBeLessThanOrEqual(40)
      expect(grams(run.kg)).toBeLessThanOrEqual(300_000)
      expect(run.capacity).toEqual({ parcels: 40, kg: 300 })
      const loaded = run.stops.flatMap((s: any) => s.load)
      expect([loaded.length, loaded.reduce((sum: number, c: any) => sum + grams(c.kg), 0)]).toEqual([run.parcels, grams(run.kg)])
      // Out of the hub, through the town's station, then the villages by code; every stop in the run's town.
      const [hub, ...away] = run.stops
      expect([hub.station.code, hub.unload.length]).toEqual(["FS-HUB", 0])
      expect(away.map((s: any) => s.station.code)).toEqual([...away.map((s: any) => s.station.code)].sort((a, b) => Number(a.includes("-")) - Number(b.includes("-")) || (a < b ? -1 : 1)))
      expect(new Set(away.map((s: any) => net[s.station.code].town))).toEqual(new Set([run.town]))
      for (const stop of away) expect(stop.unload.length).toBeGreaterThan(0)
    }
    const total = data.runs.reduce((sum: number, r: any) => sum + grams(r.kg), 0)
    expect([data.runs.reduce((n: number, r: any) => n + r.parcels, 0), total]).toEqual([PARCELS, [...weights.values()].reduce((a, b) => a + b, 0)])
    const rows = await station().listStationRouteConsignments({ ref_id: [...weights.keys()].map((k) => k.slice(7)) })
    expect(rows).toHaveLength(PARCELS)
  })

  it("re-plans a day without changing it, and concurrent plans of a day leave one plan", async () => {
    const before = (await api.get(`/admin/route-runs?day=${DAY}`, admin)).data.runs.map((r: any) => r.id)
    expect(before).toEqual(dayPlan.runs.map((r: any) => r.id))
    const again = await plan(DAY, { parcels: 40, kg: 300 })
    expect(again.data.runs.map((r: any) => r.id)).toEqual(before)
    const answers = await Promise.all([0, 1, 2, 3].map(() => plan(DAY, { parcels: 70, kg: 600 }).catch((e) => e.response)))
    expect(answers.map((a) => [a.status, a.data.message])).toEqual([0, 1, 2, 3].map(() => [200, undefined]))
    const { data } = await api.get(`/admin/route-runs?day=${DAY}`, admin)
    for (const answer of answers) expect(answer.data.runs.map((r: any) => r.id)).toEqual(data.runs.map((r: any) => r.id))
    expect(data.runs.map((r: any) => r.id)).not.toEqual(before)
    expect(refsOf(data.runs).sort()).toEqual([...weights.keys()].sort())
    expect(data.runs.every((r: any) => r.parcels <= 70 && grams(r.kg) <= 600_000)).toBe(true)
    expect(await station().listStationRouteRuns({ day: DAY })).toHaveLength(data.runs.length)
  })

  it("reports parcels, runs, kg and yuan saved against a courier per parcel by day and month, exact in fen", async () => {
    const { data: day } = await api.get(`/admin/route-runs?day=${DAY}`, admin)
    const courierFen = [...weights.values()].reduce((sum, g) => sum + courier(g), 0)
    const runsFen = day.runs.reduce((sum: number, r: any) => sum + RUN_FEN[r.route_kind], 0)
    const { data } = await api.get(`/admin/route-runs/savings?from=2026-06-01&to=2026-06-30`, admin)
    const expected = {
      parcels: PARCELS, runs: day.runs.length, kg: (([...weights.values()].reduce((a, b) => a + b, 0)) / 1000).toFixed(3),
      courier_fen: courierFen, runs_fen: runsFen, saved_fen: courierFen - runsFen,
      courier: (courierFen / 100).toFixed(2), runs_cost: (runsFen / 100).toFixed(2), saved: ((courierFen - runsFen) / 100).toFixed(2),
    }
    expect(data.days).toEqual([{ day: DAY, ...expected }])
    expect(data.months).toEqual([{ month: "2026-06", ...expected }])
    expect(data.total).toEqual(expected)
    const { data: none } = await api.get(`/admin/route-runs/savings?from=2026-05-01&to=2026-05-31`, admin)
    expect([none.days, none.total.parcels, none.total.saved]).toEqual([[], 0, "0.00"])
  })

  it("plans today with sellers' orders to collect at their town's station and parcels for stations, one run each", async () => {
    const data = todayPlan
    const refs = refsOf(data.runs)
    expect(refs.length).toBe(new Set(refs).size)
    const find = (ref: string) => data.runs.flatMap((r: any) => r.stops.flatMap((s: any) => s.load.map((c: any) => ({ run: r, stop: s, c })))).filter((x: any) => x.c.ref_id === ref)
    const [pickup] = find(real.pickupOrder!)
    expect([pickup.c.kind, pickup.c.kg, pickup.stop.station.code, pickup.run.town]).toEqual(["seller_pickup", "3.000", "SL", "胜利镇"])
    const [parcel] = find(real.parcel.id)
    expect([parcel.c.kind, parcel.c.kg, parcel.stop.station.code]).toEqual(["parcel", "2.000", "FS-HUB"])
    expect(parcel.run.stops.find((s: any) => s.unload.some((c: any) => c.ref_id === real.parcel.id)).station.code).toBe(real.village.code)
    // The intake is loaded at its village station and unloaded at the hub, where its buying seller collects it.
    const [intake] = find(real.intake.id)
    expect([intake.c.kind, intake.c.code, intake.c.kg, intake.stop.station.code]).toEqual(["intake", real.intake.receipt_number, "30.500", real.village.code])
    expect(intake.run.stops.find((s: any) => s.unload.some((c: any) => c.ref_id === real.intake.id)).station.code).toBe("FS-HUB")
    for (const run of data.runs) expect(run.parcels).toBeLessThanOrEqual(run.capacity.parcels)
    // June's parcels stay in June's runs.
    expect(refs.some((r) => weights.has(r))).toBe(false)
  })

  it("gives the manifest in Chinese as CSV and PDF with stops, order numbers and parcel ids, and no buyer's name or phone", async () => {
    const run = await runOf(real.parcel.id)
    const csv = await api.get(`/admin/route-runs/${run.id}/manifest.csv`, admin)
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
    const lines = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
    expect(lines[0]).toBe("线路,站序,站点编码,站点,地址,动作,单号,件号,类别,重量(kg)")
    expect(lines).toHaveLength(1 + 2 * run.parcels)
    const mine = lines.filter((l) => l.includes(real.parcel.id))
    expect(mine.map((l) => l.split(",").slice(5, 10))).toEqual([
      ["装车", mine[0].split(",")[6], real.parcel.id, "包裹", "2.000"],
      ["卸货", mine[0].split(",")[6], real.parcel.id, "包裹", "2.000"],
    ])
    expect(mine[0].split(",")[6]).toMatch(/^#\d+$/)
    const pdf = await api.get(`/admin/route-runs/${run.id}/manifest.pdf`, { ...admin, responseType: "arraybuffer" } as any)
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    const text = await pdfText(Buffer.from(pdf.data))
    for (const shown of ["运输清单", run.town, "罗田县电商物流中心", real.village.name, real.parcel.id]) expect([shown, text.includes(shown)]).toEqual([shown, true])
    for (const personal of [ADDRESS.phone, `${ADDRESS.last_name}${ADDRESS.first_name}`, ADDRESS.address_1]) {
      expect([personal, text.includes(personal), String(csv.data).includes(personal)]).toEqual([personal, false, false])
    }
  })

  it("lets the hub's drivers mark stops done in order: the parcels go on the route, then the station receives them", async () => {
    const run = await runOf(real.parcel.id)
    const stop = run.stops.find((s: any) => s.unload.some((c: any) => c.ref_id === real.parcel.id))
    const done = (s: any, who = driver) => api.post(`/stations/me/route-runs/${run.id}/stops/${s.id}/done`, {}, who)
    const early = await failure(done(stop))
    expect([early.status, early.data.message]).toEqual([409, "stop: the run has not left the hub yet; mark the hub's stop done first"])
    const { data: left } = await done(run.stops[0])
    expect(left.run.status).toBe("under_way")
    expect((await station().retrieveStationParcel(real.parcel.id)).status).toBe("on_route")
    await done(stop)
    const again = await done(stop)
    expect(again.status).toBe(200)
    const parcel = await station().retrieveStationParcel(real.parcel.id)
    expect([parcel.status, !!parcel.received_at, !!parcel.code_hash]).toEqual(["at_station", true, true])
    for (const s of run.stops.slice(1)) await done(s)
    const { data: finished } = await api.get(`/admin/route-runs/${run.id}`, admin)
    expect(finished.run.status).toBe("done")
    expect(finished.run.stops.every((s: any) => s.done_at)).toBe(true)
    // A re-plan of the day leaves the driver's run and its parcels alone.
    const { data: replanned } = await plan(today())
    const kept = replanned.runs.find((r: any) => r.id === run.id)
    expect([kept.status, refsOf(replanned.runs).filter((r) => r === `parcel/${real.parcel.id}`)]).toEqual(["done", [`parcel/${real.parcel.id}`]])
  })

  it("shows sellers only their own orders' runs, with when the run collected them", async () => {
    const pickupRun = await runOf(real.pickupOrder!)
    const { data: before } = await api.get("/vendors/me/route-runs", chen.auth)
    const row = (data: any, id: string) => data.orders.find((o: any) => o.order_id === id)
    expect([row(before, real.pickupOrder!).kind, row(before, real.pickupOrder!).run.day, row(before, real.pickupOrder!).collected_at]).toEqual(["seller_pickup", today(), null])
    expect([row(before, real.parcelOrder!).kind, row(before, real.parcelOrder!).collected_at]).toEqual(["parcel", null])
    await api.post(`/stations/me/route-runs/${pickupRun.id}/stops/${pickupRun.stops[0].id}/done`, {}, driver)
    await api.post(`/stations/me/route-runs/${pickupRun.id}/stops/${pickupRun.stops.find((s: any) => s.station.code === "SL").id}/done`, {}, driver)
    const { data: after } = await api.get("/vendors/me/route-runs", chen.auth)
    expect(row(after, real.pickupOrder!).collected_at).not.toBeNull()
    expect(Object.keys(row(after, real.pickupOrder!)).sort()).toEqual(["arrived_at", "code", "collected_at", "kind", "order_id", "run"])
    const { data: other } = await api.get("/vendors/me/route-runs", wang.auth)
    expect(other).toEqual({ orders: [], count: 0 })
  })

  it("keeps runs to the association and the hub: a village station neither sees nor marks them", async () => {
    const run = await runOf(real.parcel.id)
    const seen = await failure(api.get("/stations/me/route-runs", villageOperator))
    expect([seen.status, seen.data.message]).toEqual([403, "station: only the county hub's drivers see and mark route runs"])
    expect((await failure(api.post(`/stations/me/route-runs/${run.id}/stops/${run.stops[1].id}/done`, {}, villageOperator))).status).toBe(403)
    const { data } = await api.get(`/stations/me/route-runs?day=${DAY}`, driver)
    expect(data.runs.length).toBeGreaterThan(3)
    expect((await failure(api.get(`/admin/route-runs?day=${DAY}`, villageOperator))).status).toBe(401)
    expect((await failure(api.get(`/admin/route-runs?day=${DAY}`, chen.auth))).status).toBe(401)
    const other = (await api.get(`/admin/route-runs?day=${DAY}`, admin)).data.runs[0]
    expect((await failure(api.post(`/stations/me/route-runs/${run.id}/stops/${other.stops[1].id}/done`, {}, driver))).status).toBe(404)
  })

  it("refuses bad input with a 400 naming the field and the rule", async () => {
    const bad = async (promise: Promise<unknown>) => {
      const { status, data } = await failure(promise)
      return [status, data.message]
    }
    expect(await bad(plan("2026-02-30"))).toEqual([400, "Invalid body: day: is not a calendar date"])
    expect(await bad(api.post("/admin/route-runs/plan", {}, admin))).toEqual([400, expect.stringMatching(/^Invalid body: day:/)])
    expect(await bad(plan("1800-01-01"))).toEqual([400, expect.stringContaining("day: must be a date in the years 1900–2100")])
    expect(await bad(plan(DAY, { parcels: 1.5, kg: 10 }))).toEqual([400, expect.stringContaining("capacity.parcels")])
    expect(await bad(plan(DAY, { parcels: 10, kg: 0 }))).toEqual([400, expect.stringContaining("capacity.kg")])
    expect(await bad(plan(DAY, { parcels: 1e308, kg: 10 }))).toEqual([400, expect.stringContaining("capacity.parcels")])
    expect(await bad(api.get("/admin/route-runs", admin))).toEqual([400, expect.stringMatching(/^Invalid query: day:/)])
    expect(await bad(api.get("/admin/route-runs/savings?from=2026-06-30&to=2026-06-01", admin))).toEqual([400, "Invalid query: to: must not be before from"])
    expect(await bad(api.get("/admin/route-runs/savings?from=2025-01-01&to=2026-06-01", admin))).toEqual([400, "Invalid query: to: a report spans at most 366 days"])
    expect(await bad(api.get("/admin/route-runs/run_1", admin))).toEqual([400, "Invalid path: id: must be a route run id"])
    expect((await failure(api.get("/admin/route-runs/srun_01JZZZZZZZZZZZZZZZZZZZZZZZ", admin))).status).toBe(404)
    expect((await failure(api.get("/admin/route-runs/srun_01JZZZZZZZZZZZZZZZZZZZZZZZ/manifest.pdf", admin))).status).toBe(404)
    expect(await bad(api.post("/stations/me/route-runs/srun_01JZZZZZZZZZZZZZZZZZZZZZZZ/stops/x/done", {}, driver))).toEqual([400, "Invalid path: stop_id: must be a stop id"])
  })

  /** The run (of any day) that carries this consignment. */
  async function runOf(ref: string) {
    const [row] = await station().listStationRouteConsignments({ ref_id: ref })
    return (await api.get(`/admin/route-runs/${row.run_id}`, admin)).data.run
  }
}
