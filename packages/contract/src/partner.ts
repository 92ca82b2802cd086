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
