import { z } from "@medusajs/framework/zod"
import { CurrencyCode, Month } from "../../../modules/settlement/month"
import { saneMonth } from "../../../lib/dates"

export const AdminStatementsQuery = z
  .object({ month: saneMonth(Month), seller_id: z.string().min(1).max(64).optional(), currency_code: CurrencyCode.default("cny") })
  .strict()
export type AdminStatementsQuery = z.infer<typeof AdminStatementsQuery>

export const AdminStatementParams = z.object({ month: saneMonth(Month) })

export const AdminStatementCsvQuery = z.object({ currency_code: CurrencyCode.default("cny") }).strict()
export type AdminStatementCsvQuery = z.infer<typeof AdminStatementCsvQuery>
