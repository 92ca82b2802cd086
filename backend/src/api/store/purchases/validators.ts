import { z } from "@medusajs/framework/zod"

// Medusa's order ids: "order_" and a ULID.
const orderId = z.string().regex(/^order_[0-9A-Za-z]{1,64}$/, "must be an order id")
export const PurchaseParams = z.object({ id: z.string().regex(/^order_[0-9A-Za-z]{1,64}$/, "must be an order id") }).strict()

export const PurchasesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(10000).default(0),
  })
  .strict()
export type PurchasesQuery = z.infer<typeof PurchasesQuery>

// A seller's part of the purchase, whose receipt the buyer confirms.
export const ReceiptParams = z.object({ id: orderId, part_id: orderId }).strict()
