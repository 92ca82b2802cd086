import { z } from "@medusajs/framework/zod"

export const SellerStatusBody = z.object({ status: z.enum(["active", "suspended"]) }).strict()
export type SellerStatusBody = z.infer<typeof SellerStatusBody>

export const ListSellersQuery = z
  .object({ status: z.enum(["pending", "active", "suspended"]).optional() })
  .strict()
export type ListSellersQuery = z.infer<typeof ListSellersQuery>
