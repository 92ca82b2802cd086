import { z } from "@medusajs/framework/zod"
import { CurrencyCode, Month } from "../../../../modules/settlement/month"
import { saneMonth } from "../../../../lib/dates"

export const StatementMonths = z.object({}).strict()

export const StatementParams = z.object({ month: saneMonth(Month) })

// A statement is in one currency; the store's home currency unless another is asked for.
export const StatementQuery = z.object({ currency_code: CurrencyCode.default("cny") }).strict()
export type StatementQuery = z.infer<typeof StatementQuery>
