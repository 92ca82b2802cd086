import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { RefundInput } from "../../../modules/settlement/service"

export type RecordRefundInput = RefundInput

const settlementOf = (container: MedusaContainer) => container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)

// Under the order's lock: two refunds at once must not together exceed its gross (SettlementModuleService.recordRefund).
const recordRefund = (container: MedusaContainer, input: RefundInput) =>
  container.resolve(Modules.LOCKING).execute(`settlement:${input.order_id}`, () => settlementOf(container).recordRefund(input))

// What one refund created: its entry and the referral reversal that went with it (undone together).
const createdBy = (recorded: Awaited<ReturnType<typeof recordRefund>>) => [recorded?.created, recorded?.reversal].filter((id): id is string => !!id)

const deleteEntries = async (ids: string[] | undefined, { container }: { container: MedusaContainer }) => {
  if (ids?.length) await settlementOf(container).undoEntries(ids)
}

/** One refund in the seller's settlement; undone if the workflow fails later. */
export const recordRefundStep = createStep(
  "record-seller-refund",
  async (input: RecordRefundInput, { container }) => {
    const recorded = await recordRefund(container, input)
    return new StepResponse(recorded?.entry ?? null, createdBy(recorded))
  },
  deleteEntries
)

/** Several refunds in the sellers' settlements, in the given order. */
export const recordRefundsStep = createStep(
  "record-seller-refunds",
  async (inputs: RecordRefundInput[], { container }) => {
    const entries: string[] = []
    const created: string[] = []
    try {
      for (const input of inputs) {
        const recorded = await recordRefund(container, input)
        if (recorded?.created) entries.push(recorded.created)
        created.push(...createdBy(recorded))
      }
    } catch (error) {
      // The step's own compensation does not run for the step that failed.
      await deleteEntries(created, { container })
      throw error
    }
    return new StepResponse(entries, created)
  },
  deleteEntries
)
