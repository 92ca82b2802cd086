import { z } from "@medusajs/framework/zod"
import { isValidIdNumber } from "../../../../modules/seller/personal-data"
import { SaneDate } from "../../../../lib/dates"

export const CreateMember = z
  .object({
    name: z.string().trim().min(1).max(40),
    village: z.string().trim().min(1).max(40),
    phone: z.string().regex(/^1[3-9]\d{9}$/, "must be an 11-digit mainland mobile number").optional(),
    id_number: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isValidIdNumber, "must be an 18-character resident ID number whose check character is right (GB 11643-1999)"),
    poor_household: z.boolean().default(false),
    joined_at: SaneDate,
  })
  .strict()

export type CreateMember = z.infer<typeof CreateMember>
