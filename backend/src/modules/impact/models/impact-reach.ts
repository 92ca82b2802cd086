import { model } from "@medusajs/framework/utils"

// How many households (of a town, category and registered-poor flag) have, counting from month from_index, their first
// month of income in month next_index. The households with income in from..to are then the sum over next_index ≤ to:
// one indexed read for any range, instead of a pass over every household per request. Rebuilt from impact_household
// by the refresh (rollup-sql.ts: reachSql); category "*" counts a household once over all its categories.
export const ImpactReach = model
  .define("impact_reach", {
    id: model.id({ prefix: "impr" }).primaryKey(),
    from_index: model.number(),
    next_index: model.number(),
    town: model.text(),
    category: model.text(),
    poor: model.boolean(),
    households: model.number(),
  })
  .indexes([{ on: ["category", "from_index", "next_index"] }])

export default ImpactReach
