import { model } from "@medusajs/framework/utils"

// A town's station figures of one month and category ("*": all categories, an order of two counted once):
// intakes (代销, what households brought in and were paid) and assisted orders (代购, what operators bought for villagers).
export const ImpactStation = model
  .define("impact_station", {
    id: model.id({ prefix: "impst" }).primaryKey(),
    month_index: model.number(),
    town: model.text(),
    category: model.text(),
    intakes: model.number(),
    intake_fen: model.bigNumber(),
    assisted_orders: model.number(),
    assisted_fen: model.bigNumber(),
  })
  .indexes([{ on: ["category", "month_index"] }])

export default ImpactStation
