import { model } from "@medusajs/framework/utils"
import { Grade } from "./grade"
import { Inspection } from "./inspection"

// One version of a grading standard for a product category, e.g. GB/T 22346-2023 for chestnuts. Editing a standard
// creates the next version under the same lineage and supersedes this one, so listings and inspections keep pointing
// at the version they were graded under. A category has one current standard.
export const GradeStandard = model
  .define("grade_standard", {
    id: model.id({ prefix: "gstd" }).primaryKey(),
    // What groups the versions of one standard, e.g. "chestnut-grades"; it never changes across versions.
    lineage: model.text(),
    // The product category's handle: chestnut, black-goat, herbs, tea.
    category: model.text(),
    // A national standard (GB/T 22346-2023) or the association's own (LTBA-002).
    code: model.text(),
    name: model.text(),
    name_en: model.text(),
    version: model.number(),
    effective_from: model.dateTime(),
    status: model.enum(["current", "superseded"]).default("current"),
    grades: model.hasMany(() => Grade, { mappedBy: "standard" }),
    inspections: model.hasMany(() => Inspection, { mappedBy: "standard" }),
  })
  .cascades({ delete: ["grades"] })
  .indexes([
    { on: ["lineage", "version"], unique: true },
    // Two edits at once cannot both leave a current version.
    { on: ["category"], unique: true, where: "status = 'current'" },
    { on: ["category", "status"] },
  ])

export default GradeStandard
