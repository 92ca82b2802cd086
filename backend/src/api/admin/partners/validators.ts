import { z } from "@medusajs/framework/zod"
import { parseReferralRate, POINT_CODE } from "../../../modules/partner/rules"

const text = (max: number) => z.string().trim().min(1).max(max)
const referralRate = z
  .string()
  .transform((value, ctx) => {
    const rate = parseReferralRate(value)
    if (rate === null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a decimal with 0 ≤ rate < 1, e.g. "0.03"' })
    return rate ?? "0"
  })

const fields = {
  kind: z.enum(["scenic_spot", "guesthouse", "venue"]),
  name: text(80),
  name_en: text(120),
  town: text(40),
  town_en: text(60),
  story: z.string().trim().max(2000),
  story_en: z.string().trim().max(4000),
  referral_rate: referralRate,
  active: z.boolean(),
}

export const CreatePartnerPoint = z
  .object({
    code: z.string().min(2).max(40).regex(POINT_CODE, "must be lowercase letters, digits and single hyphens, e.g. tiantangzhai"),
    ...fields,
    story: fields.story.default(""),
    story_en: fields.story_en.default(""),
    referral_rate: fields.referral_rate.default("0"),
    active: fields.active.default(true),
  })
  .strict()
export type CreatePartnerPoint = z.infer<typeof CreatePartnerPoint>

// The code is printed on posters already: it never changes.
export const UpdatePartnerPoint = z.object(fields).partial().strict()
export type UpdatePartnerPoint = z.infer<typeof UpdatePartnerPoint>

export const SetPartnerShelf = z
  .object({ product_ids: z.array(z.string().regex(/^prod_[0-9A-Z]+$/, "must be product ids (prod_…)")).max(200) })
  .strict()
export type SetPartnerShelf = z.infer<typeof SetPartnerShelf>

export const PartnerIdParams = z.object({ id: z.string().regex(/^ppt_[0-9A-Z]+$/, "must be a partner point id (ppt_…)") }).strict()

export const PosterQuery = z.object({ format: z.enum(["poster", "card"]).default("poster") }).strict()
export type PosterQuery = z.infer<typeof PosterQuery>
