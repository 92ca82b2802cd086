import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentStandard, latestInspection } from "../../../modules/grading/current"
import { GRADING_MODULE } from "../../../modules/grading"
import type GradingModuleService from "../../../modules/grading/service"

export type InspectionInput = {
  seller_id: string
  category: string
  lot: string
  measurements: Record<string, number>
  inspected_at?: string
  inspector_name?: string
  actor_id: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Grades a lot under the category's standard in force: the highest grade whose criteria all hold, and for every
 * grade what the lot falls short on. Checks the seller and every measured attribute first. Reads only.
 */
export const gradeLotStep = createStep("grade-lot", async (input: InspectionInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["id"], filters: { id: input.seller_id } })
  if (!sellers.length) throw invalid(`seller_id: no seller has the id ${input.seller_id}`)
  const standard = await currentStandard(query, input.category)
  if (!standard) throw invalid(`category: "${input.category}" has no grade standard in force`)
  const { grade, checks } = container.resolve<GradingModuleService>(GRADING_MODULE).gradeLot(standard, input.measurements)
  const previous = await latestInspection(query, input.seller_id, input.category)
  const { data: users } = await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"], filters: { id: input.actor_id } })
  const user: any = users[0]
  const inspector_name = input.inspector_name ?? ([user?.first_name, user?.last_name].filter(Boolean).join(" ") || user?.email || input.actor_id)
  return new StepResponse({
    record: {
      seller_id: input.seller_id,
      category: input.category,
      lot: input.lot,
      measurements: input.measurements,
      computed_grade: grade?.code ?? null,
      inspector_id: input.actor_id,
      inspector_name,
      inspected_at: input.inspected_at ? new Date(input.inspected_at) : new Date(),
      standard_id: standard.id,
    },
    grade: grade ?? null,
    checks,
    previous: previous ? { id: previous.id, computed_grade: previous.computed_grade, inspected_at: previous.inspected_at } : null,
  })
})
