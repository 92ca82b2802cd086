import { model } from "@medusajs/framework/utils"

// Household income of one month × town × category × seller type, the registered-poor apart: how many households had
// income that month (each counts once per month and category) and what they earned, reversals included.
export const ImpactIncome = model
  .define("impact_income", {
    id: model.id({ prefix: "impi" }).primaryKey(),
    month_index: model.number(),
    town: model.text(),
    category: model.text(),
    seller_type: model.text(),
    poor: model.boolean(),
    households: model.number(),
    income_fen: model.bigNumber(),
  })
  .indexes([{ on: ["category", "month_index"] }])

export default ImpactIncome
