import { z } from "@medusajs/framework/zod"
import { HandOverBody as HandOver, MoneyInFen } from "@luotian/contract"

export const ListParcelsQuery = z.object({ list: z.enum(["due", "arrived_today", "waiting", "collected"]).optional() }).strict()
export const ParcelParams = z.object({ id: z.string().regex(/^spcl_[0-9A-Z]{26}$/, "must be a parcel id") }).strict()
export const HandOverBody = HandOver
export type HandOverBody = z.infer<typeof HandOver>
export const CashBookQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD").optional() }).strict()
export const RemittanceBody = z.object({ amount: MoneyInFen, note: z.string().trim().min(1).max(200).optional() }).strict()
export type RemittanceBody = z.infer<typeof RemittanceBody>
export const AssistedOrdersQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20), offset: z.coerce.number().int().min(0).max(100_000).default(0) })
  .strict()
export type AssistedOrdersQuery = z.infer<typeof AssistedOrdersQuery>
export const AssistedOrderParams = z.object({ id: z.string().regex(/^sasd_[0-9A-Z]{26}$/, "must be an assisted order id") }).strict()
