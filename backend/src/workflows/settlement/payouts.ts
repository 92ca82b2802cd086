import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../audit/steps/record-audit"
import type { ReceiptInput } from "../../modules/settlement/service"
import { confirmReceiptStep, createPayoutBatchStep, holdOrderStep, releaseHoldStep, settlePayoutItemStep } from "./steps/payouts"

// Seller payouts (README, "Payouts"). The association's decisions are audited; where the decision's step is last the
// audit goes first, so that a refused decision leaves no audit entry behind (the audit step's compensation).

/** The buyer (or the auto-confirmation) says the goods arrived. */
export const confirmReceiptWorkflow = createWorkflow("confirm-seller-order-receipt", (input: ReceiptInput) => {
  return new WorkflowResponse(confirmReceiptStep(input))
})

const audit = (action: string, subject_type: string, subject_id: string, actor_id: string, after: Record<string, unknown>) => ({
  actor_type: "user", actor_id, action, subject_type, subject_id, before: null, after,
})

export const holdSellerOrderWorkflow = createWorkflow("hold-seller-order", (input: { order_id: string; reason: string; actor_id: string }) => {
  const result = holdOrderStep(input)
  recordAuditStep(
    transform({ input, result }, ({ input, result }) =>
      result.created ? [audit("seller_order.held", "order", input.order_id, input.actor_id, { reason: input.reason })] : []
    )
  )
  return new WorkflowResponse(result)
})

export const releaseSellerOrderHoldWorkflow = createWorkflow("release-seller-order-hold", (input: { order_id: string; actor_id: string }) => {
  recordAuditStep(transform({ input }, ({ input }) => [audit("seller_order.hold_released", "order", input.order_id, input.actor_id, {})]))
  return new WorkflowResponse(releaseHoldStep(input))
})

export const createPayoutBatchWorkflow = createWorkflow(
  "create-payout-batch",
  (input: { idempotency_key: string; currency_code: string; actor_id: string }) => {
    const result = createPayoutBatchStep(
      transform({ input }, ({ input }) => ({ idempotency_key: input.idempotency_key, currency_code: input.currency_code, created_by: input.actor_id }))
    )
    recordAuditStep(
      transform({ input, result }, ({ input, result }) =>
        result.created
          ? [audit("payout_batch.created", "payout_batch", result.batch.id, input.actor_id, { total: result.batch.total, items: result.batch.items.length })]
          : []
      )
    )
    return new WorkflowResponse(result)
  }
)

type Settle = { item_id: string; actor_id: string } & ({ outcome: "paid"; bank_reference: string } | { outcome: "failed"; reason: string })

// A repeated call (a double click) changes nothing and is not audited again.
export const settlePayoutItemWorkflow = createWorkflow("settle-payout-item", (input: Settle) => {
  const result = settlePayoutItemStep(
    transform({ input }, ({ input }) => {
      const { actor_id, ...rest } = input
      return { ...rest, settled_by: actor_id } as any
    })
  )
  recordAuditStep(
    transform({ input, result }, ({ input, result }) =>
      result.changed
        ? [audit(`payout_item.${input.outcome}`, "payout_item", input.item_id, input.actor_id,
            input.outcome === "paid" ? { bank_reference: input.bank_reference } : { reason: input.reason })]
        : []
    )
  )
  return new WorkflowResponse(result)
})
