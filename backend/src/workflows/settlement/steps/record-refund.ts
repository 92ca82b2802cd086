import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact, returnedFee, toFen } from "../../../lib/settlement/money"
import { entryView } from "../../../lib/settlement/statement"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type RecordRefundInput = {
  order_id: string
  seller_id: string
  // The amount returned; "rest" is whatever of the gross no refund has reversed yet (a cancellation).
  amount: string | number | "rest"
  currency_code: string
  // What the money went back for: the payment refund's id, or "refund:<order id>" for a cancellation's reversal of
  // what was never paid; one refund entry per reference.
  reference: string
  occurred_at?: Date | string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const total = (rows: any[], key: string) => MathBN.sum(0, ...rows.map((row) => row[key]))

/**
 * Money returned to the buyer of a seller order: it leaves the seller's net, and the fee on it goes back to the seller
 * (see returnedFee). Recording the same reference again returns the entry already there (id null: nothing created);
 * a "rest" of nothing creates nothing (null). The order's entries are read and written under a lock so that two
 * refunds at once cannot together exceed its gross.
 */
export async function recordRefund(container: MedusaContainer, input: RecordRefundInput) {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const asked = input.amount === "rest" ? null : toFen(input.amount)
  if (asked && (!asked.isFinite() || !MathBN.gt(asked, 0))) throw invalid(`A refund must be a positive amount; got ${input.amount}`)
  return await container.resolve(Modules.LOCKING).execute(`settlement:${input.order_id}`, async () => {
    const entries = await settlement.listSettlementEntries({ order_id: input.order_id })
    const known = entries.find((entry) => entry.kind === "refund" && entry.reference === input.reference)
    if (known) return { entry: entryView(known), created: null }
    const sale: any = entries.find((entry) => entry.kind === "sale")
    if (!sale || sale.seller_id !== input.seller_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} has no sale recorded for order ${input.order_id}`)
    }
    if (sale.currency_code !== input.currency_code.toLowerCase()) {
      throw invalid(`The refund is in ${input.currency_code}, the order in ${sale.currency_code}`)
    }
    const refunds = entries.filter((entry) => entry.kind === "refund") as any[]
    const before = { refunds: total(refunds, "raw_amount"), feeReturned: total(refunds, "raw_fee") }
    const amount = asked ?? toFen(MathBN.sub(sale.raw_amount, before.refunds))
    if (!MathBN.gt(amount, 0)) return null
    let fee
    try {
      fee = returnedFee({ amount: sale.raw_amount, fee: sale.raw_fee, fee_rate: sale.fee_rate }, before, amount)
    } catch (error: any) {
      throw invalid(error.message)
    }
    const entry = await settlement.createSettlementEntries({
      seller_id: sale.seller_id,
      order_id: sale.order_id,
      purchase_order_id: sale.purchase_order_id,
      kind: "refund",
      reference: input.reference,
      currency_code: sale.currency_code,
      amount: exact(amount),
      fee: exact(fee),
      fee_rate: sale.fee_rate,
      occurred_at: input.occurred_at ? new Date(input.occurred_at) : new Date(),
    })
    return { entry: entryView(entry), created: entry.id as string }
  })
}

const deleteEntries = async (ids: string[] | undefined, { container }: { container: MedusaContainer }) => {
  if (ids?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementEntries(ids)
}

/** One refund in the seller's settlement (see recordRefund); undone if the workflow fails later. */
export const recordRefundStep = createStep(
  "record-seller-refund",
  async (input: RecordRefundInput, { container }) => {
    const recorded = await recordRefund(container, input)
    return new StepResponse(recorded?.entry ?? null, recorded?.created ? [recorded.created] : [])
  },
  deleteEntries
)

/** Several refunds in the sellers' settlements, in the given order (see recordRefund). */
export const recordRefundsStep = createStep(
  "record-seller-refunds",
  async (inputs: RecordRefundInput[], { container }) => {
    const created: string[] = []
    try {
      for (const input of inputs) {
        const recorded = await recordRefund(container, input)
        if (recorded?.created) created.push(recorded.created)
      }
    } catch (error) {
      // The step's own compensation does not run for the step that failed.
      await deleteEntries(created, { container })
      throw error
    }
    return new StepResponse(created, created)
  },
  deleteEntries
)
