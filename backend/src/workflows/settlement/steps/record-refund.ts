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

// What a step created: refund entries and the referral reversals that went with them.
type Created = { entries: string[]; reversals: string[] }
const createdBy = (recorded: Awaited<ReturnType<typeof recordRefund>>, into: Created) => {
  if (recorded?.created) into.entries.push(recorded.created)
  if (recorded?.reversal) into.reversals.push(recorded.reversal)
  return into
}

const deleteEntries = async (created: Created | undefined, { container }: { container: MedusaContainer }) => {
  if (created?.reversals.length) await settlementOf(container).deleteReferralEntries(created.reversals)
  if (created?.entries.length) await settlementOf(container).deleteSettlementEntries(created.entries)
}

/** One refund in the seller's settlement; undone if the workflow fails later. */
export const recordRefundStep = createStep(
  "record-seller-refund",
  async (input: RecordRefundInput, { container }) => {
    const recorded = await recordRefund(container, input)
    return new StepResponse(recorded?.entry ?? null, createdBy(recorded, { entries: [], reversals: [] }))
  },
  deleteEntries
)

/** Several refunds in the sellers' settlements, in the given order. */
export const recordRefundsStep = createStep(
  "record-seller-refunds",
  async (inputs: RecordRefundInput[], { container }) => {
    const created: Created = { entries: [], reversals: [] }
    try {
      for (const input of inputs) createdBy(await recordRefund(container, input), created)
    } catch (error) {
      // The step's own compensation does not run for the step that failed.
      await deleteEntries(created, { container })
      throw error
    }
    return new StepResponse(created.entries, created)
  },
  deleteEntries
)
