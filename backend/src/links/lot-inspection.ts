import { defineLink } from "@medusajs/framework/utils"
import GradingModule from "../modules/grading"
import LotModule from "../modules/lot"

// Read-only: the lot's inspection_id names the grading module's inspection it was graded by. The inspection itself
// keeps only the seller's free-text lot reference, so the lot points at it (one inspection grades one lot) and the
// grading module stays as it is; attaching checks that the inspection names this lot's code.
export default defineLink(
  { linkable: LotModule.linkable.lot, field: "inspection_id" },
  GradingModule.linkable.inspection,
  { readOnly: true }
)
