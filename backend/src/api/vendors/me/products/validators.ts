import { z } from "@medusajs/framework/zod"
import { GRADES } from "../../../../lib/grades"

const gradeCodes = Object.keys(GRADES) as [keyof typeof GRADES, ...(keyof typeof GRADES)[]]

export const CreateSellerProduct = z
  .object({
    title: z.string().trim().min(2).max(120),
    title_en: z.string().trim().min(2).max(160),
    description: z.string().trim().max(4000).optional(),
    description_en: z.string().trim().max(8000).optional(),
    category: z.string().trim().min(1),
    grade: z.enum(gradeCodes),
    net_weight_g: z.number().int().min(1).max(100_000),
    price_cny: z
      .number()
      .positive()
      .max(1_000_000)
      .refine((price) => Number.isInteger(Math.round(price * 100 * 1e6) / 1e6), "must have at most two decimals (fen)"),
    stock: z.number().int().min(0).max(1_000_000),
  })
  .strict()
export type CreateSellerProduct = z.infer<typeof CreateSellerProduct>

export const UpdateSellerProduct = z
  .object({
    title: z.string().trim().min(2).max(120).optional(),
    description: z.string().trim().max(4000).optional(),
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()
export type UpdateSellerProduct = z.infer<typeof UpdateSellerProduct>

export const SetStock = z.object({ stock: z.number().int().min(0).max(1_000_000) }).strict()
export type SetStock = z.infer<typeof SetStock>
