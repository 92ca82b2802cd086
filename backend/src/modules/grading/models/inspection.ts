import { model } from "@medusajs/framework/utils"
import { GradeStandard } from "./grade-standard"

// The association's (or its named inspector's) inspection of a seller's lot: what was measured, and the highest grade
// of the standard in force whose criteria all hold (null when none does). The seller lives in another module: a plain id.
export const Inspection = model
  .define("inspection", {
    id: model.id({ prefix: "insp" }).primaryKey(),
    seller_id: model.text(),
    category: model.text(),
    lot: model.text(),
    // { attribute: number }, e.g. { "nuts_per_kg": 38, "shrivelled_split_pct": 1.5 }
    measurements: model.json(),
    computed_grade: model.text().nullable(),
    inspector_id: model.text(),
    inspector_name: model.text(),
    inspected_at: model.dateTime(),
    standard: model.belongsTo(() => GradeStandard, { mappedBy: "inspections" }),
  })
  .indexes([{ on: ["seller_id", "category", "inspected_at"] }, { on: ["category", "inspected_at"] }])

export default Inspection
