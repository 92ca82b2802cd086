import { z } from "@medusajs/framework/zod"

// A seller's handle as registration allows it (lowercase letters, digits, single hyphens).
export const SellerHandleParams = z
  .object({ handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a seller handle, e.g. shengli-chestnut-coop").max(64) })
  .strict()

export const StoreSellersQuery = z
  .object({
    type: z.enum(["cooperative", "enterprise", "household"]).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(12),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreSellersQuery = z.infer<typeof StoreSellersQuery>
