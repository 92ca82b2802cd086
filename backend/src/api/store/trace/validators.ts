import { gtin13From } from "@luotian/contract"
import { z } from "@medusajs/framework/zod"
import { LOT_CODE } from "../../../modules/lot/rules"

export const TraceParams = z
  .object({
    gtin: z
      .string()
      .regex(/^\d{13,14}$/, "must be a GTIN-13, or a GTIN-14 as GS1 Digital Link writes it")
      .refine((gtin) => !/^\d{13,14}$/.test(gtin) || gtin13From(gtin) !== null, "must be a GTIN-13 (or one padded with 0 to 14 digits) with a right check digit"),
    lot: z.string().trim().toUpperCase().regex(LOT_CODE, "must be a lot code: 1–20 letters, digits and '-'"),
  })
  .strict()
export type TraceParams = z.infer<typeof TraceParams>
