import { z } from "@medusajs/framework/zod"

export const ListReviewsQuery = z
  .object({
    status: z.enum(["pending", "approved", "rejected"]).optional(),
    seller_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListReviewsQuery = z.infer<typeof ListReviewsQuery>

// A rejection must tell the seller why: in words, by naming photos (image ids of the product), or both.
export const DecideListing = z
  .discriminatedUnion("decision", [
    z.object({ decision: z.literal("approve"), reason: z.string().trim().max(500).optional() }).strict(),
    z.object({
      decision: z.literal("reject"),
      reason: z.string().trim().min(2).max(500).optional(),
      photos: z.array(z.string().trim().min(1).max(100)).min(1).max(100).optional(),
    }).strict(),
  ])
  .superRefine((body, ctx) => {
    if (body.decision === "reject" && !body.reason && !body.photos) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "a rejection needs a reason or the photos it is for" })
    }
  })
export type DecideListing = z.infer<typeof DecideListing>
