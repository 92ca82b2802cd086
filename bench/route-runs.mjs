#!/usr/bin/env node
// Benchmark of consolidated shipping's grouping (`node bench/route-runs.mjs [N …]`): a county network like the seed's
// (the hub, 12 towns, 5 villages each), N consignments a day (parcels for stations and sellers' orders to collect,
// 0.2–25 kg), grouped into runs of the association's van (120 parcels, 800 kg) with groupIntoRuns itself (bundled
// from the station module with esbuild) and the cost model. Prints consignments grouped per second; no store needed.
import { createRequire } from "node:module"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const { outputFiles } = require("esbuild").buildSync({
  entryPoints: [path.join(root, "backend/src/modules/station/route-runs.ts")], bundle: true, write: false, format: "esm", platform: "node",
})
const rules = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`)

const stations = [{ id: "hub", code: "FS-HUB", kind: "county_hub", town: "凤山镇" }]
for (let t = 0; t < 12; t++) {
  stations.push({ id: `t${t}`, code: `T${t}`, kind: "town", town: `town-${t}` })
  for (let v = 0; v < 5; v++) stations.push({ id: `t${t}v${v}`, code: `T${t}-V${v}`, kind: "village", town: `town-${t}` })
}
const away = stations.filter((s) => s.kind !== "county_hub")
const towns = stations.filter((s) => s.kind === "town")
const rates = { courier_first_kg: 800, courier_extra_kg: 200, run: { town: 6000, village: 9000 } }

function day(n, seed = 20261203) {
  let x = seed
  const random = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
  return Array.from({ length: n }, (_, i) => {
    const weight_g = 200 + Math.floor(random() * 24_800)
    if (random() < 0.15) return { kind: "seller_pickup", ref_id: `order_${i}`, code: `#${i}`, weight_g, from_station_id: towns[Math.floor(random() * towns.length)].id, to_station_id: "hub" }
    return { kind: "parcel", ref_id: `spcl_${i}`, code: `#${i}`, weight_g, from_station_id: "hub", to_station_id: away[Math.floor(random() * away.length)].id }
  })
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
console.log(`node ${process.version}, ${process.arch}; van ${rules.DEFAULT_CAPACITY.parcels} parcels / ${rules.DEFAULT_CAPACITY.kg} kg`)
for (const n of sizes.length ? sizes : [10_000, 50_000, 200_000]) {
  const consignments = day(n)
  rules.groupIntoRuns(consignments.slice(0, 1000), stations, rules.DEFAULT_CAPACITY) // warm-up
  const repeats = n <= 50_000 ? 5 : 2
  let best = Infinity, plan
  for (let r = 0; r < repeats; r++) {
    const start = performance.now()
    plan = rules.groupIntoRuns(consignments, stations, rules.DEFAULT_CAPACITY)
    const savings = rules.savingsOf(plan.runs.map((run) => ({ route_kind: run.route_kind, weights_g: run.consignments.map((c) => c.weight_g) })), rates)
    best = Math.min(best, performance.now() - start)
    if (savings.parcels !== n) throw new Error("a consignment was lost")
  }
  console.log(`${n.toLocaleString("en")} consignments → ${plan.runs.length} runs in ${best.toFixed(1)} ms: ${Math.round(n / (best / 1000)).toLocaleString("en")} consignments/s`)
}
