import { model } from "@medusajs/framework/utils"
import { RouteRun } from "./route-run"

// A station a run calls at, in order (the hub first); the driver marks it done there.
export const RouteStop = model
  .define("station_route_stop", {
    id: model.id({ prefix: "sstop" }).primaryKey(),
    sequence: model.number(),
    station_id: model.text(),
    done_at: model.dateTime().nullable(),
    done_by: model.text().nullable(),
    run: model.belongsTo(() => RouteRun, { mappedBy: "stops" }),
  })
  .indexes([{ on: ["run_id", "sequence"], unique: true, where: "deleted_at IS NULL" }])

export default RouteStop
