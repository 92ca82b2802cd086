import { model } from "@medusajs/framework/utils"

// A member household's income of one month and category (and "*" for all its categories), with its seller's town and
// type and its registered-poor flag: the dashboard counts distinct households over any month range from these rows.
// Only an id, never a name: the association's aggregates are all that read it.
export const ImpactHousehold = model
  .define("impact_household", {
    id: model.id({ prefix: "imph" }).primaryKey(),
    month_index: model.number(),
    member_id: model.text(),
    town: model.text(),
    category: model.text(),
    seller_type: model.text(),
    poor: model.boolean(),
    income_fen: model.bigNumber(),
  })
  .indexes([{ on: ["category", "month_index"] }])

export default ImpactHousehold
