import { z } from "zod"

// A partner point (tourism: a scenic spot, a guesthouse, a venue) as the store shows it; the admin's view adds the
// association's fields.
export const partnerKindSchema = z.enum(["scenic_spot", "guesthouse", "venue"])

export const partnerPointSchema = z.object({
  code: z.string(),
  kind: partnerKindSchema,
  name: z.string(),
  name_en: z.string(),
  town: z.string(),
  town_en: z.string(),
  story: z.string(),
  story_en: z.string(),
})

export type PartnerKind = z.infer<typeof partnerKindSchema>
export type PartnerPoint = z.infer<typeof partnerPointSchema>

const byCurrency = z.record(z.string(), z.string())

/**
 * A partner point's month as the association's chart and the point's owner see it: scans, the purchases it brought and
 * their seller orders, conversion = purchases / scans (4 places, null without scans), and by currency, exact to the fen:
 * the seller orders' gross, the refunds made that month, and the referrals owed to the point less those refunds returned.
 */
export const partnerMonthSchema = z.object({
  month: z.string(),
  scans: z.number(),
  purchases: z.number(),
  seller_orders: z.number(),
  conversion: z.string().nullable(),
  sales: byCurrency,
  refunds: byCurrency,
  referrals: byCurrency,
})
export type PartnerMonth = z.infer<typeof partnerMonthSchema>
