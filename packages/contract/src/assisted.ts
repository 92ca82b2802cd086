import { z } from "zod"
import { parcelStatusSchema } from "./station"

// 代购: a station's operator orders from the catalogue for a villager with no phone or account of their own. What
// crosses HTTP between the backend and the station portal.

const noControl = (value: string) => !/[\u0000-\u001f\u007f]/.test(value)

/** A mainland China mobile number: 11 digits, 13x–19x. */
export const mainlandMobile = z.string().regex(/^1[3-9]\d{9}$/, "must be a mainland mobile number: 11 digits starting 13–19")

export const villagerSchema = z
  .object({
    name: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters").refine(noControl, "must not contain control characters"),
    phone: mainlandMobile,
  })
  .strict()

/** Placing an assisted order: a key the portal makes once per order (a second send answers the same order). */
export const PlaceAssistedOrderBody = z
  .object({
    idempotency_key: z.string().uuid("must be a UUID made once per order"),
    villager: villagerSchema,
    items: z
      .array(
        z
          .object({
            variant_id: z.string().regex(/^variant_[0-9A-Z]{26}$/, "must be a pack size's id"),
            quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(999, "must be at most 999"),
          })
          .strict()
      )
      .min(1, "must hold at least one item")
      .max(30, "must hold at most 30 items")
      .refine((items) => new Set(items.map((i) => i.variant_id)).size === items.length, "must name each pack size once"),
  })
  .strict()

/** One seller's part of an assisted order, with its parcel's journey to the station. */
export const assistedPartSchema = z.object({
  order_id: z.string(),
  display_id: z.number(),
  seller: z.object({ name: z.string(), name_en: z.string().nullable() }),
  items: z.array(z.object({ title: z.string(), variant_title: z.string().nullable(), quantity: z.number(), unit_price: z.number(), total: z.number() })),
  delivery: z.number(),
  total: z.number(),
  parcel: z
    .object({ id: z.string(), status: parcelStatusSchema, received_at: z.string().nullable(), collected_at: z.string().nullable(), collected_with: z.enum(["code", "phone_and_id"]).nullable() })
    .nullable(),
})

/** An assisted order as its station sees it: the villager's name and phone are shown to that station only. */
export const assistedOrderSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  villager: z.object({ name: z.string(), phone: z.string() }),
  placed_by: z.string(),
  purchase: z.object({ id: z.string(), display_id: z.number(), currency_code: z.string(), item_total: z.number(), shipping_total: z.number(), total: z.number() }),
  parts: z.array(assistedPartSchema),
  /** The pickup code for every parcel of the order: given once, in the answer to placing it; null ever after. */
  pickup_code: z.string().nullable(),
})

export type PlaceAssistedOrderBody = z.infer<typeof PlaceAssistedOrderBody>
export type AssistedOrder = z.infer<typeof assistedOrderSchema>
export type AssistedPart = z.infer<typeof assistedPartSchema>
