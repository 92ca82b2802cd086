import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Purchase = { total: unknown; currency_code: string; payment_collections?: { payments?: { captures?: { amount: unknown }[] }[] }[] }

// A purchase captured in full at checkout (a card payment) pays every seller order's share at once;
// each seller order records that, so cancelling one later refunds exactly its share.
export const recordPrepaidSharesStep = createStep(
  "record-prepaid-shares",
  async ({ purchase, created }: { purchase: Purchase; created: { order_id: string }[] }, { container }) => {
    const captured = (purchase.payment_collections ?? [])
      .flatMap((c) => c.payments ?? [])
      .flatMap((p) => p.captures ?? [])
      .reduce((sum, c) => MathBN.add(sum, c.amount as any), MathBN.convert(0))
    if (MathBN.lt(captured, purchase.total as any)) return new StepResponse([], [])
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await orderModule.listOrders({ id: created.map((c) => c.order_id) }, { select: ["id", "total", "currency_code"] })
    const transactions = await orderModule.addOrderTransactions(
      orders.map((order) => ({
        order_id: order.id,
        amount: order.total as any,
        currency_code: order.currency_code,
        reference: "capture",
        reference_id: `capture:${order.id}`,
      }))
    )
    return new StepResponse(transactions, transactions.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
  }
)
