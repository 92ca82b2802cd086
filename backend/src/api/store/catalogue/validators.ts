import { z } from "@medusajs/framework/zod"

// Product handles: the seed's ASCII ones, and those Medusa makes from Chinese titles (letters of any script).
export const ProductHandleParams = z
  .object({ handle: z.string().regex(/^[\p{L}\p{N}_-]+$/u, "must be a product handle").max(200) })
  .strict()
