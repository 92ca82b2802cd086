import { z } from "@medusajs/framework/zod"

// A lot code or the start of one, as printed (any case): the association looks a lot up across all sellers.
export const AdminLotsQuery = z
  .object({ q: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,20}$/, "must be 2–20 letters, digits and '-' of a lot code") })
  .strict()
export type AdminLotsQuery = z.infer<typeof AdminLotsQuery>
