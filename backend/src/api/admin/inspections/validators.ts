import { z } from "@medusajs/framework/zod"
import { SaneDateTime } from "../../../lib/dates"

const Category = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a category handle, e.g. chestnut").max(60)
// Clocks differ a little; an inspection cannot be dated later than that.
const SKEW_MS = 5 * 60_000

export const RecordInspection = z
  .object({
    seller_id: z.string().trim().min(1).max(64),
    category: Category,
    // The seller's own lot or batch reference.
    lot: z.string().trim().min(1).max(120),
    // { attribute: value }, in the units of the standard's criteria.
    measurements: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "must be an attribute key, e.g. moisture_pct"),
        // Counts, weights, percentages, ages and scores: none is negative or anywhere near a million.
        z.number().min(0, "must not be negative").max(1_000_000, "must be at most 1000000")
      )
      .refine((m) => Object.keys(m).length > 0 && Object.keys(m).length <= 40, "give between 1 and 40 measurements"),
    inspected_at: SaneDateTime.refine((at) => Date.parse(at) <= Date.now() + SKEW_MS, "must not be in the future")
      .optional(),
    // The inspector the association names; the logged-in user when not given.
    inspector_name: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
export type RecordInspection = z.infer<typeof RecordInspection>

export const ListInspectionsQuery = z
  .object({
    seller_id: z.string().trim().min(1).max(64).optional(),
    category: Category.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListInspectionsQuery = z.infer<typeof ListInspectionsQuery>
