import { model } from "@medusajs/framework/utils"
import { RouteRun } from "./route-run"

// What a run carries: a parcel bound for a station (ref: the parcel), a seller's order picked up at its town's station
// for the hub (ref: the order), or a household's produce taken in at a station (代销) for the hub, where its buying
// seller collects it (ref: the intake). In one run only: (kind, ref_id) is unique.
export const RouteConsignment = model
  .define("station_route_consignment", {
    id: model.id({ prefix: "scons" }).primaryKey(),
    kind: model.enum(["parcel", "seller_pickup", "intake"]),
    ref_id: model.text(),
    order_id: model.text(),
    // What the driver reads on the manifest: the order's number.
    code: model.text(),
    weight_g: model.number(),
    from_station_id: model.text(),
    to_station_id: model.text(),
    run: model.belongsTo(() => RouteRun, { mappedBy: "consignments" }),
  })
  .indexes([
    { on: ["kind", "ref_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
  ])

export default RouteConsignment
