import { z } from "@medusajs/framework/zod"

// A seller's handle as registration allows it (lowercase letters, digits, single hyphens).
export const SellerHandleParams = z
  .object({ handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a seller handle, e.g. shengli-chestnut-coop").max(64) })
  .strict()
