import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { batchView } from "../../../modules/settlement/payout"
import { createPayoutBatchWorkflow } from "../../../workflows/settlement/payouts"
import { actorOf, sellersById, settlementOf } from "../../payouts"
import { IdempotencyKey, type CreatePayoutBatch, type ListBatchesQuery } from "./validators"

/** The payout batches, newest first, with their items naming their sellers (accounts masked). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as ListBatchesQuery
  const [batches, count] = await settlementOf(req.scope).listAndCountPayoutBatches({}, { relations: ["items"], order: { created_at: "DESC" }, take: limit, skip: offset })
  const views = batches.map(batchView)
  const sellers = await sellersById(req.scope, views.flatMap((b) => b.items.map((i) => i.seller_id)))
  const named = views.map((b) => ({ ...b, items: b.items.map((i) => ({ ...i, seller: sellers.get(i.seller_id) ?? null })) }))
  res.json({ batches: named, count, limit, offset })
}

/**
 * Creates a batch of every seller whose available balance reached the minimum. The Idempotency-Key header (or the
 * body's idempotency_key) makes a retry answer the same batch: 201 when made, 200 when it was made before.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreatePayoutBatch>, res: MedusaResponse) {
  const header = req.headers["idempotency-key"]
  const key = req.validatedBody.idempotency_key ?? (typeof header === "string" ? header : undefined)
  const parsed = IdempotencyKey.safeParse(key)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid idempotency_key (or Idempotency-Key header): ${key === undefined ? "required" : parsed.error.issues[0].message}`)
  }
  const { result } = await createPayoutBatchWorkflow(req.scope).run({
    input: { idempotency_key: parsed.data, currency_code: req.validatedBody.currency_code, actor_id: actorOf(req) },
  })
  res.status(result.created ? 201 : 200).json({ batch: result.batch, skipped_without_account: result.skipped })
}
