import { z } from "zod"
import { sellerTypeSchema } from "./seller"

// GET /store/catalogue: a product card as the storefront renders it, and the answer around the cards.

const named = { name: z.string(), name_en: z.string() }

/** One pack size of a product (a Medusa variant): its net weight, price, stock and barcode. */
export const packSizeSchema = z.object({
  variant_id: z.string(),
  net_weight_g: z.number().int(),
  /** CNY, in yuan. */
  price_cny: z.number().nullable(),
  stock: z.number().int(),
  in_stock: z.boolean(),
  gtin: z.string().nullable(),
})

export const productCardSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  title_en: z.string(),
  description: z.string(),
  description_en: z.string(),
  thumbnail: z.string().nullable(),
  category: z.object({ handle: z.string(), ...named }),
  grade: z.object({ code: z.string(), ...named }),
  seller: z.object({ handle: z.string(), ...named, type: sellerTypeSchema }),
  town: z.string(),
  town_en: z.string(),
  /** The lowest CNY price of its sizes, in yuan ("from ¥…"); sorting by price uses it. */
  price_cny: z.number().nullable(),
  currency_code: z.literal("cny"),
  stock: z.number().int(),
  in_stock: z.boolean(),
  /** Its pack sizes, lightest first. */
  sizes: z.array(packSizeSchema),
  created_at: z.string(),
})

/** A photo's renditions: URL by width (as text, e.g. "640") in each format; the store serves AVIF, then WebP. */
export const renditionsSchema = z.object({ avif: z.record(z.string(), z.string()), webp: z.record(z.string(), z.string()) })

/** GET /store/catalogue/:handle: the card with its images (renditions null for an image without) and its seller's village. */
export const productDetailSchema = productCardSchema.extend({
  images: z.array(z.object({ url: z.string(), renditions: renditionsSchema.nullable().default(null) })),
  seller: productCardSchema.shape.seller.extend({ village: z.string().nullable(), village_en: z.string().nullable() }),
})

export const facetValueSchema = z.object({ value: z.string(), count: z.number().int() })
/** A price band counts the products priced from `from` up to below `to` (yuan). */
export const priceFacetSchema = z.object({ key: z.string(), from: z.number(), to: z.number().optional(), count: z.number().int() })

export const catalogueResultSchema = z.object({
  hits: z.array(productCardSchema),
  count: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  source: z.string(),
  facets: z.object({
    category: z.array(facetValueSchema).optional(),
    grade: z.array(facetValueSchema).optional(),
    seller: z.array(facetValueSchema).optional(),
    town: z.array(facetValueSchema).optional(),
    price: z.array(priceFacetSchema).optional(),
  }),
})

export type PackSize = z.infer<typeof packSizeSchema>
export type ProductCard = z.infer<typeof productCardSchema>
export type ProductDetail = z.infer<typeof productDetailSchema>
export type Renditions = z.infer<typeof renditionsSchema>
export type FacetValue = z.infer<typeof facetValueSchema>
export type PriceFacet = z.infer<typeof priceFacetSchema>
export type CatalogueResult = z.infer<typeof catalogueResultSchema>
