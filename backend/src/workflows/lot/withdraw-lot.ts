import { acquireLockStep, adjustInventoryLevelsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../modules/lot"
import type LotModuleService from "../../modules/lot/service"
import { recordAuditStep } from "../audit/steps/record-audit"
import { planWithdrawalStep } from "./steps/plan-withdrawal"

export type WithdrawLotInput = {
  lot_id: string
  reason: string
  // "seller" for a seller's user, "user" for the association's.
  actor_type: "seller" | "user"
  actor_id: string
}

const markWithdrawnStep = createStep(
  "mark-lot-withdrawn",
  async (input: WithdrawLotInput, { container }) => {
    const { changed } = await container.resolve<LotModuleService>(LOT_MODULE).withdrawLot(input.lot_id, input.reason, input.actor_id)
    return new StepResponse({ changed }, changed ? input.lot_id : undefined)
  },
  async (lot_id, { container }) => {
    if (!lot_id) return
    await container
      .resolve<LotModuleService>(LOT_MODULE)
      .updateLots({ id: lot_id, status: "active", withdrawn_at: null, withdrawal_reason: null, withdrawn_by: null })
  }
)

// A recall: the lot is withdrawn once (withdrawing it again answers it as it is and changes nothing), under the lot's
// lock (the one receiving takes, so no receipt slips in between), and what it still holds leaves sale at once. The
// audit log keeps who did it; the lot.withdrawn event refreshes the storefront's trace pages.
export const withdrawLotWorkflow = createWorkflow("withdraw-lot", (input: WithdrawLotInput) => {
  const key = transform({ input }, ({ input }) => `lot:${input.lot_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const { changed } = markWithdrawnStep(input)
  const levels = planWithdrawalStep({ lot_id: input.lot_id, changed })
  when("withdrawal-takes-packs", { levels }, ({ levels }) => levels.length > 0).then(() => {
    adjustInventoryLevelsStep(levels)
  })
  when("lot-withdrawn", { changed }, ({ changed }) => changed).then(() => {
    recordAuditStep(
      transform({ input, levels }, ({ input, levels }) => [
        {
          actor_type: input.actor_type,
          actor_id: input.actor_id,
          action: "lot.withdrawn",
          subject_type: "lot",
          subject_id: input.lot_id,
          before: { status: "active" },
          after: { status: "withdrawn", reason: input.reason, packs_off_sale: levels.reduce((n, l) => n - l.adjustment, 0) },
        },
      ])
    )
    emitEventStep({ eventName: "lot.withdrawn", data: transform({ input }, ({ input }) => ({ id: input.lot_id })) })
  })
  releaseLockStep({ key })
  return new WorkflowResponse({ changed })
})
