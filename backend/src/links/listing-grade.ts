import { defineLink } from "@medusajs/framework/utils"
import GradingModule from "../modules/grading"
import ListingModule from "../modules/listing"

// Read-only: a listing's grade (its names, its band, its standard) is the grading module's row it claims.
export default defineLink(
  { linkable: ListingModule.linkable.listing, field: "grade_id" },
  GradingModule.linkable.grade,
  { readOnly: true }
)
