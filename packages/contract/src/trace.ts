import { z } from "zod"
import { publicHouseholdGroupSchema } from "./rules/households"
import { criterionSchema } from "./grading"
import { withdrawalSchema } from "./recall"
import { sellerTypeSchema } from "./seller"

// What a buyer who scans a lot's GS1 Digital Link is told (GET /store/trace/:gtin/:lot): facts about the lot, the
// grade with the standard's criteria beside the lot's measured values, and of the households only how many.

export const traceCriterionSchema = criterionSchema.extend({
  measured: z.number().nullable(),
  // The measured value with its unit in words ("38 粒/千克" / "38 per kg"), null when not measured.
  measured_text: z.string().nullable(),
  measured_text_en: z.string().nullable(),
})

/** A compliance certificate (承诺达标合格证) as issued; a correction names the one it supersedes, both are kept. */
export const certificateSchema = z.object({
  number: z.string(),
  product_name: z.string(),
  quantity: z.string(),
  unit: z.enum(["kg", "unit"]),
  producer_name: z.string(),
  producer_origin: z.string(),
  producer_contact: z.string(),
  issued_at: z.string(),
  commitments: z.array(z.string()),
  basis: z.array(z.string()),
  supersedes: z.string().nullable(),
  correction_reason: z.string().nullable(),
  in_force: z.boolean(),
})

export const traceSchema = z.object({
  gtin: z.string(),
  lot: z.string(),
  digital_link: z.string(),
  withdrawn: z.boolean(),
  // When and why it was withdrawn; null while it is not.
  withdrawal: withdrawalSchema.nullable(),
  product: z.object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    title_en: z.string().nullable(),
    size: z.string().nullable(),
    net_weight_g: z.number().nullable(),
    on_sale: z.boolean(),
  }),
  kind: z.enum(["harvest", "slaughter", "processing"]),
  produced_on: z.string(),
  best_before: z.string().nullable(),
  storage: z.string().nullable(),
  origin: z.object({ town: z.string(), village: z.string().nullable(), base: z.string().nullable() }),
  grade: z
    .object({
      code: z.string(),
      name: z.string(),
      name_en: z.string(),
      standard: z.object({ code: z.string(), name: z.string(), name_en: z.string(), version: z.number().int() }),
      criteria: z.array(traceCriterionSchema),
      inspected_at: z.string(),
    })
    .nullable(),
  seller: z.object({ handle: z.string(), name: z.string(), name_en: z.string(), type: sellerTypeSchema, member_count: publicHouseholdGroupSchema }),
  // Null when fewer than five households supplied the lot: so few could point at a family.
  households: z.number().int().nullable(),
  // Oldest first; the one in force says so.
  certificates: z.array(certificateSchema),
})

export type TraceCriterion = z.infer<typeof traceCriterionSchema>
export type Trace = z.infer<typeof traceSchema>
export type Certificate = z.infer<typeof certificateSchema>

/** GET /store/catalogue/:handle/lot: the lot a buyer's package comes from now (the first-expiring lot with packs left), or null. */
export const lotOnSaleSchema = z.object({
  code: z.string(),
  kind: z.enum(["harvest", "slaughter", "processing"]),
  produced_on: z.string(),
  best_before: z.string().nullable(),
  origin: z.object({ town: z.string(), village: z.string().nullable() }),
  // The storefront path of its trace page (the Digital Link of the size it was received into); null without a GTIN.
  trace_path: z.string().nullable(),
  certificate: certificateSchema.pick({ number: true, producer_name: true, producer_origin: true, issued_at: true, commitments: true, basis: true }).nullable(),
})
export type LotOnSale = z.infer<typeof lotOnSaleSchema>

