import { model } from "@medusajs/framework/utils"

// The network's route runs of one month against a courier per parcel (the station module's savings report).
export const ImpactLogistics = model
  .define("impact_logistics", {
    id: model.id({ prefix: "impl" }).primaryKey(),
    month_index: model.number(),
    runs: model.number(),
    parcels: model.number(),
    saved_fen: model.bigNumber(),
  })
  .indexes([{ on: ["month_index"] }])

export default ImpactLogistics
