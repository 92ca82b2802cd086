import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INSPECTION_FIELDS, inspectionView } from "../../modules/grading/view"
import { recordAuditStep } from "../audit/steps/record-audit"
import { createInspectionStep } from "./steps/create-inspection"
import { gradeLotStep, type InspectionInput } from "./steps/grade-lot"

export type RecordInspectionInput = InspectionInput & { actor_type: string }

const readInspectionStep = createStep("read-inspection", async (id: string, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "inspection", fields: INSPECTION_FIELDS, filters: { id } })
  return new StepResponse(inspectionView(data[0]))
})

// The association records an inspection of a seller's lot: the platform grades it, stores the grade with it, and
// audits it on the seller, with the grade of the seller's previous inspection in the category before and this one after.
export const recordInspectionWorkflow = createWorkflow("record-inspection", (input: RecordInspectionInput) => {
  const graded = gradeLotStep(input)
  const created = createInspectionStep(graded.record)
  const inspection = readInspectionStep(created.id)
  recordAuditStep(
    transform({ input, graded, inspection }, ({ input, graded, inspection }) => [
      {
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        action: "inspection.recorded",
        subject_type: "seller",
        subject_id: input.seller_id,
        before: graded.previous && { category: input.category, ...graded.previous },
        after: {
          category: inspection.category,
          id: inspection.id,
          lot: inspection.lot,
          standard: inspection.standard,
          measurements: inspection.measurements,
          computed_grade: inspection.computed_grade,
          inspector: inspection.inspector,
          inspected_at: inspection.inspected_at,
        },
      },
    ])
  )
  return new WorkflowResponse({ inspection, grade: graded.grade, checks: graded.checks })
})
