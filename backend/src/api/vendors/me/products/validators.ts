import { z } from "@medusajs/framework/zod"
import { packSizeInput, priceCny as price, sellerProductsPageSchema } from "@luotian/contract"

const stock = packSizeInput.shape.stock

// A page of the seller's listings; without `limit`, all of them (the lot form's product choice); see the contract.
export const ListSellerProductsQuery = sellerProductsPageSchema
export type ListSellerProductsQuery = z.infer<typeof ListSellerProductsQuery>

// A pack size: the same schema a sheet's row is checked with (`@luotian/contract`'s listing-import).
const PackSize = packSizeInput

// The name is composed by the platform from the association's unified name (`name`) and grade; each pack size is a
// variant named by its weight. Sellers write descriptions, not titles.
export const CreateSellerProduct = z
  .object({
    name: z.string().trim().min(1).max(60),
    description: z.string().trim().max(4000).optional(),
    description_en: z.string().trim().max(8000).optional(),
    category: z.string().trim().min(1),
    grade: z.string().trim().min(1).max(40),
    sizes: z
      .array(PackSize)
      .min(1)
      .max(8)
      .refine((sizes) => new Set(sizes.map((s) => s.net_weight_g)).size === sizes.length, "two sizes have the same net_weight_g"),
  })
  .strict()
export type CreateSellerProduct = z.infer<typeof CreateSellerProduct>

export const UpdateSellerProduct = z
  .object({
    description: z.string().trim().max(4000).optional(),
    description_en: z.string().trim().max(8000).optional(),
    grade: z.string().trim().min(1).max(40).optional(),
    sizes: z.array(z.object({ variant_id: z.string().min(1).max(64), price_cny: price }).strict()).min(1).max(8).optional(),
    // A seller may withdraw a listing or put an approved one back; only the association publishes new ones.
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()
export type UpdateSellerProduct = z.infer<typeof UpdateSellerProduct>

export const AddPackSize = PackSize
export type AddPackSize = z.infer<typeof AddPackSize>

export const SetStock = z.object({ variant_id: z.string().min(1).max(64), stock }).strict()
export type SetStock = z.infer<typeof SetStock>
