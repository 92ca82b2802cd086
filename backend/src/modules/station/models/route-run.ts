import { model } from "@medusajs/framework/utils"
import { RouteConsignment } from "./route-consignment"
import { RouteStop } from "./route-stop"

// One vehicle's trip on one day: the county hub → a town's station → its villages, carrying parcels out and sellers'
// orders back, within its capacity. Planned runs may be re-planned; once under way a run is the driver's.
export const RouteRun = model
  .define("station_route_run", {
    id: model.id({ prefix: "srun" }).primaryKey(),
    // The Beijing day it runs (YYYY-MM-DD), and its number among that day's runs of the same town.
    day: model.text(),
    town: model.text(),
    number: model.number(),
    route_kind: model.enum(["town", "village"]),
    capacity_parcels: model.number(),
    capacity_kg: model.number(),
    weight_g: model.number(),
    status: model.enum(["planned", "under_way", "done"]).default("planned"),
    started_at: model.dateTime().nullable(),
    done_at: model.dateTime().nullable(),
    stops: model.hasMany(() => RouteStop, { mappedBy: "run" }),
    consignments: model.hasMany(() => RouteConsignment, { mappedBy: "run" }),
  })
  .cascades({ delete: ["stops", "consignments"] })
  .indexes([{ on: ["day", "status"] }])

export default RouteRun
