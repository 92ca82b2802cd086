import { model } from "@medusajs/framework/utils"
import { Grade } from "./grade"

// One measurable requirement of a grade: attribute (e.g. nuts_per_kg) between min and max, both limits inclusive
// (a lot measured exactly on a limit passes); either limit may be absent, not both. Exact decimals, not floats,
// so that a measurement on the limit compares equal.
export const GradeCriterion = model
  .define("grade_criterion", {
    id: model.id({ prefix: "gcrit" }).primaryKey(),
    attribute: model.text(),
    label: model.text(),
    label_en: model.text(),
    unit: model.text(),
    min: model.bigNumber().nullable(),
    max: model.bigNumber().nullable(),
    // The order the association lists the criteria in.
    position: model.number().default(0),
    grade: model.belongsTo(() => Grade, { mappedBy: "criteria" }),
  })
  .indexes([{ on: ["grade_id", "attribute"], unique: true }])

export default GradeCriterion
