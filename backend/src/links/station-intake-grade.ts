import { defineLink } from "@medusajs/framework/utils"
import GradingModule from "../modules/grading"
import StationModule from "../modules/station"

// Read-only: the grade the operator saw on an intake, a grade of its product's standard (names, band, rank).
export default defineLink({ linkable: StationModule.linkable.stationIntake, field: "grade_id" }, GradingModule.linkable.grade, { readOnly: true })
