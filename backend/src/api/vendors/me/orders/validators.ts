import { z } from "@medusajs/framework/zod"
import { httpUrl } from "@luotian/contract"

// Shipped with a carrier and tracking number, or handed to a village pickup station.
export const FulfilSellerOrder = z.discriminatedUnion("method", [
  z
    .object({
      method: z.literal("courier"),
      carrier: z.string().trim().min(1).max(60),
      tracking_number: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, "must be 6–40 letters, digits or dashes"),
      tracking_url: httpUrl.optional(),
    })
    .strict(),
  z.object({ method: z.literal("station"), station: z.string().trim().min(2).max(80) }).strict(),
])
export type FulfilSellerOrder = z.infer<typeof FulfilSellerOrder>

export const NoBody = z.object({}).strict()

// Packs of shipped lines the seller received back from the buyer.
export const ReceiveReturn = z
  .object({
    items: z
      .array(
        z.object({ line_item_id: z.string().trim().min(1).max(64), quantity: z.number().int("must be a whole number of packs").min(1).max(100_000) }).strict()
      )
      .min(1)
      .max(100)
      .refine((items) => new Set(items.map((i) => i.line_item_id)).size === items.length, "must name each line once"),
  })
  .strict()
export type ReceiveReturn = z.infer<typeof ReceiveReturn>
