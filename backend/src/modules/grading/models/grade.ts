import { model } from "@medusajs/framework/utils"
import { GradeCriterion } from "./grade-criterion"
import { GradeStandard } from "./grade-standard"

// A grade of one standard version: rank 1 is the highest. Its price band is in CNY per kg, or per unit (price_unit)
// where weight does not apply; a listing's price per kg must lie inside it, limits included.
export const Grade = model
  .define("grade", {
    id: model.id({ prefix: "grd" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    name_en: model.text(),
    rank: model.number(),
    price_min: model.bigNumber(),
    price_max: model.bigNumber(),
    price_unit: model.enum(["kg", "unit"]).default("kg"),
    standard: model.belongsTo(() => GradeStandard, { mappedBy: "grades" }),
    criteria: model.hasMany(() => GradeCriterion, { mappedBy: "grade" }),
  })
  .cascades({ delete: ["criteria"] })
  .indexes([{ on: ["standard_id", "code"], unique: true }])

export default Grade
