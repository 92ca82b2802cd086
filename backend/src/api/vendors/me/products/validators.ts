import { z } from "@medusajs/framework/zod"
import { priceCny as price } from "@luotian/contract"

// The name is composed by the platform from the association's unified name (`name`), grade and size:
// sellers write descriptions, not titles.
export const CreateSellerProduct = z
  .object({
    name: z.string().trim().min(1).max(60),
    description: z.string().trim().max(4000).optional(),
    description_en: z.string().trim().max(8000).optional(),
    category: z.string().trim().min(1),
    grade: z.string().trim().min(1).max(40),
    net_weight_g: z.number().int().min(1).max(100_000),
    price_cny: price,
    stock: z.number().int().min(0).max(1_000_000),
  })
  .strict()
export type CreateSellerProduct = z.infer<typeof CreateSellerProduct>

export const UpdateSellerProduct = z
  .object({
    description: z.string().trim().max(4000).optional(),
    description_en: z.string().trim().max(8000).optional(),
    grade: z.string().trim().min(1).max(40).optional(),
    price_cny: price.optional(),
    // A seller may withdraw a listing or put an approved one back; only the association publishes new ones.
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()
export type UpdateSellerProduct = z.infer<typeof UpdateSellerProduct>

export const SetStock = z.object({ stock: z.number().int().min(0).max(1_000_000) }).strict()
export type SetStock = z.infer<typeof SetStock>
