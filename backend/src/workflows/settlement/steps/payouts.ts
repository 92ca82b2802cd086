import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { BatchInput, ReceiptInput, SettleItemInput } from "../../../modules/settlement/service"

// Each step runs its service call under a lock: an order's (the refunds' key too, so that a receipt, a hold and a
// refund of one order never interleave), the batches' (one batch is made at a time), or a payout item's.
const LOCK = { timeout: 30 }
const settlementOf = (container: MedusaContainer) => container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
const locked = <T>(container: MedusaContainer, key: string, job: () => Promise<T>) =>
  container.resolve(Modules.LOCKING).execute(key, job, LOCK) as Promise<T>
export const orderLockKey = (order_id: string) => `settlement:${order_id}`

/** The buyer has the goods: the order's money becomes available unless held. The last step of its workflow. */
export const confirmReceiptStep = createStep("confirm-seller-order-receipt", async (input: ReceiptInput, { container }) => {
  const result = await locked(container, orderLockKey(input.order_id), () => settlementOf(container).confirmReceipt(input))
  return new StepResponse({ created: result.created, released: result.released, confirmed_at: result.receipt.confirmed_at })
})

type HoldInput = { order_id: string; reason: string; actor_id: string }

/** Holds the order's money pending; undone (the hold deleted) if the workflow fails after it. */
export const holdOrderStep = createStep(
  "hold-seller-order-money",
  async (input: HoldInput, { container }) => {
    const { hold, created } = await locked(container, orderLockKey(input.order_id), () =>
      settlementOf(container).holdOrder({ order_id: input.order_id, reason: input.reason, held_by: input.actor_id })
    )
    return new StepResponse({ hold, created }, created ? hold.id : null)
  },
  async (id, { container }) => {
    if (id) await settlementOf(container).deleteBalanceHolds(id)
  }
)

/** Ends the order's hold. The last step of its workflow. */
export const releaseHoldStep = createStep("release-seller-order-hold", async (input: { order_id: string; actor_id: string }, { container }) => {
  const result = await locked(container, orderLockKey(input.order_id), () =>
    settlementOf(container).releaseHold({ order_id: input.order_id, released_by: input.actor_id })
  )
  return new StepResponse(result)
})

/** A payout batch, under the batches' lock; undone if the workflow fails after it made one. */
export const createPayoutBatchStep = createStep(
  "create-payout-batch",
  async (input: BatchInput, { container }) => {
    const result = await locked(container, "settlement:payout-batches", () => settlementOf(container).createPayoutBatch(input))
    return new StepResponse(result, result.created ? result.batch.id : null)
  },
  async (id, { container }) => {
    if (id) await settlementOf(container).undoPayoutBatch(id)
  }
)

/** A payout item paid or failed, under its lock. The last step of its workflow. */
export const settlePayoutItemStep = createStep("settle-payout-item", async (input: SettleItemInput, { container }) => {
  const result = await locked(container, `settlement:payout-item:${input.item_id}`, () => settlementOf(container).settlePayoutItem(input))
  return new StepResponse(result)
})
