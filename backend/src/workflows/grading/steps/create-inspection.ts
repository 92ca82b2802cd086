import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type InspectionRecord = {
  seller_id: string
  category: string
  lot: string
  measurements: Record<string, number>
  computed_grade: string | null
  inspector_id: string
  inspector_name: string
  inspected_at: Date
  standard_id: string
}

export const createInspectionStep = createStep(
  "create-inspection",
  async (record: InspectionRecord, { container }) => {
    const created = await container.resolve<GradingModuleService>(GRADING_MODULE).createInspections(record as any)
    return new StepResponse(created, created.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<GradingModuleService>(GRADING_MODULE).deleteInspections(id)
  }
)
