import { model } from "@medusajs/framework/utils"

// A member household's year in one category (and "*" for all its categories): which months it had income in (bit m
// for month m, January = 0), with its seller's town and type and its registered-poor flag. The dashboard counts the
// distinct households with income over any month range from these rows without summing a row per month. Only an id,
// never a name: the association's aggregates are all that read it.
export const ImpactHousehold = model
  .define("impact_household", {
    id: model.id({ prefix: "imph" }).primaryKey(),
    year: model.number(),
    member_id: model.text(),
    town: model.text(),
    category: model.text(),
    seller_type: model.text(),
    poor: model.boolean(),
    months: model.number(),
  })
  .indexes([{ on: ["category", "year"] }])

export default ImpactHousehold
