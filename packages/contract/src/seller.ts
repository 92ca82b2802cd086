import { z } from "zod"
import { publicHouseholdGroupSchema } from "./rules/households"

// A seller as the association and the seller itself read it, and what buyers may read of it.

export const sellerTypeSchema = z.enum(["cooperative", "enterprise", "household"])
export const sellerStatusSchema = z.enum(["pending", "active", "suspended"])

export const sellerSchema = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  name_en: z.string(),
  type: sellerTypeSchema,
  town: z.string(),
  town_en: z.string(),
  village: z.string().nullable(),
  village_en: z.string().nullable(),
  story: z.string().nullable(),
  story_en: z.string().nullable(),
  logo: z.string().nullable(),
  /** Unified social credit code; households have none. */
  credit_code: z.string().nullable(),
  status: sellerStatusSchema,
  created_at: z.string(),
})

/** GET /store/sellers(/:handle): of its member households only how many there are (hidden under five). */
export const sellerProfileSchema = sellerSchema
  .pick({ handle: true, name: true, name_en: true, type: true, town: true, town_en: true, village: true, village_en: true, story: true, story_en: true, logo: true })
  .extend({ member_count: publicHouseholdGroupSchema })

export type SellerType = z.infer<typeof sellerTypeSchema>
export type SellerStatus = z.infer<typeof sellerStatusSchema>
export type Seller = z.infer<typeof sellerSchema>
export type SellerProfile = z.infer<typeof sellerProfileSchema>

/** The furthest a page of a seller's listings may start: the portal's pager stops at the same place. */
export const SELLER_PRODUCTS_MAX_OFFSET = 100_000

/**
 * GET /vendors/me/products: a page of the seller's listings; without `limit`, all of them from `offset`. With
 * `stock_at_most`, only the listings with a size stocked at or below it (the overview's stock warnings).
 */
export const sellerProductsPageSchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional(),
    offset: z.coerce.number().int().min(0).max(SELLER_PRODUCTS_MAX_OFFSET).default(0),
    stock_at_most: z.coerce.number().int().min(0).max(1_000_000).optional(),
  })
  .strict()
export type SellerProductsPage = z.infer<typeof sellerProductsPageSchema>
