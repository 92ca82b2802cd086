import { z } from "@medusajs/framework/zod"
import { httpUrl, isValidCreditCode } from "@luotian/contract"

const text = (max: number) => z.string().trim().min(1).max(max)

export const RegisterSeller = z
  .object({
    seller: z
      .object({
        handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens").max(64),
        name: text(100),
        name_en: text(160),
        type: z.enum(["cooperative", "enterprise", "household"]),
        town: text(40),
        town_en: text(60),
        village: text(40).optional(),
        village_en: text(60).optional(),
        story: text(2000).optional(),
        story_en: text(4000).optional(),
        credit_code: z
          .string()
          .trim()
          .toUpperCase()
          .refine(isValidCreditCode, "must be an 18-character unified social credit code whose check character is right (GB 32100-2015)")
          .optional(),
      })
      .strict()
      // Cooperatives and enterprises are registered bodies; households are not.
      .refine((seller) => seller.type === "household" || !!seller.credit_code, {
        message: "is required for cooperatives and enterprises",
        path: ["credit_code"],
      }),
    // The owner is the login that registers: an e-mail, if given, must be that login's.
    user: z
      .object({ email: z.string().email().optional(), first_name: text(60).optional(), last_name: text(60).optional() })
      .strict()
      .default({}),
  })
  .strict()

export type RegisterSeller = z.infer<typeof RegisterSeller>

export const InviteStaff = z.object({ email: z.string().email() }).strict()
export type InviteStaff = z.infer<typeof InviteStaff>

export const AcceptInvite = z
  .object({ token: z.string().min(10).max(100), first_name: text(60).optional(), last_name: text(60).optional() })
  .strict()
export type AcceptInvite = z.infer<typeof AcceptInvite>

// What a seller may change in its own profile; handle, type and status stay with registration and the association.
export const UpdateSellerProfile = z
  .object({
    name: text(100).optional(),
    name_en: text(160).optional(),
    story: text(2000).optional(),
    story_en: text(4000).optional(),
    village: text(40).optional(),
    village_en: text(60).optional(),
    logo: httpUrl.optional(),
  })
  .strict()
export type UpdateSellerProfile = z.infer<typeof UpdateSellerProfile>
