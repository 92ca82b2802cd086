import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { confirmReceiptWorkflow } from "../../../../../../../workflows/settlement/payouts"
import { readableOrder, readerOf } from "../../../../access"

/**
 * The buyer says a seller's part of their purchase arrived: that seller's money for it becomes available (unless the
 * association holds it). Only the purchase's own buyer (see access.ts), only a part of it, and only once shipped;
 * confirming again answers the first confirmation.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { id, part_id } = req.params
  await readableOrder(req.scope, id, readerOf(req))
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "share.purchase.order.id", "fulfillments.shipped_at", "fulfillments.canceled_at"],
    filters: { id: part_id },
  })
  const part: any = data[0]
  if (!part || part.share?.purchase?.order?.id !== id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Part ${part_id} of purchase ${id} was not found`)
  if (part.status === "canceled" || !(part.fulfillments ?? []).some((f: any) => f?.shipped_at && !f.canceled_at)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This part has not been shipped: its receipt cannot be confirmed yet")
  }
  const { result } = await confirmReceiptWorkflow(req.scope).run({ input: { order_id: part_id, source: "buyer" } })
  res.json({ receipt: { order_id: part_id, confirmed_at: result.confirmed_at } })
}
