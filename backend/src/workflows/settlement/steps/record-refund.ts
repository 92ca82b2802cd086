import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exact, returnedFee, toFen } from "../../../lib/settlement/money"
import { entryView } from "../../../lib/settlement/statement"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

export type RecordRefundInput = {
  order_id: string
  seller_id: string
  amount: string | number
  currency_code: string
  // What the money went back for, e.g. "refund:<order id>" for a cancellation; one refund entry per reference.
  reference: string
  occurred_at?: Date | string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

// Money returned to the buyer of a seller order: it leaves the seller's net, and the fee on it goes back to the seller
// (see returnedFee). Recording the same reference again returns the entry already there. The order's entries are
// read and written under a lock so that two refunds at once cannot together exceed its gross.
export const recordRefundStep = createStep(
  "record-seller-refund",
  async (input: RecordRefundInput, { container }) => {
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const amount = toFen(input.amount)
    if (!amount.isFinite() || !MathBN.gt(amount, 0)) throw invalid(`A refund must be a positive amount; got ${input.amount}`)
    return await container.resolve(Modules.LOCKING).execute(`settlement:${input.order_id}`, async () => {
      const entries = await settlement.listSettlementEntries({ order_id: input.order_id })
      const known = entries.find((entry) => entry.kind === "refund" && entry.reference === input.reference)
      if (known) return new StepResponse(entryView(known), null as string | null)
      const sale: any = entries.find((entry) => entry.kind === "sale")
      if (!sale || sale.seller_id !== input.seller_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} has no sale recorded for order ${input.order_id}`)
      }
      if (sale.currency_code !== input.currency_code.toLowerCase()) {
        throw invalid(`The refund is in ${input.currency_code}, the order in ${sale.currency_code}`)
      }
      const refunds = entries.filter((entry) => entry.kind === "refund") as any[]
      const before = {
        refunds: MathBN.sum(...refunds.map((r) => r.raw_amount)),
        feeReturned: MathBN.sum(...refunds.map((r) => r.raw_fee)),
      }
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
      return new StepResponse(entryView(entry), entry.id as string | null)
    })
  },
  async (id, { container }) => {
    if (id) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deleteSettlementEntries(id)
  }
)
