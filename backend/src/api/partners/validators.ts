import { z } from "@medusajs/framework/zod"
import { saneMonth } from "../../lib/dates"
import { Month, monthOf } from "../../modules/settlement/month"

export const MAX_MONTHS = 36

/** The months of a chart, oldest first: `from`–`to` (YYYY-MM, inclusive), by default the twelve up to this one. */
export const MonthsQuery = z
  .object({ from: saneMonth(Month).optional(), to: saneMonth(Month).optional() })
  .strict()
  .transform(({ from, to }, ctx) => {
    const last = to ?? monthOf(new Date())
    const months = monthsBetween(from ?? shift(last, -11), last)
    if (!months.length) ctx.addIssue({ code: "custom", path: ["from"], message: "must not be after to" })
    if (months.length > MAX_MONTHS) ctx.addIssue({ code: "custom", path: ["from"], message: `must be at most ${MAX_MONTHS} months before to` })
    return { months }
  })
export type MonthsQuery = z.infer<typeof MonthsQuery>

const shift = (month: string, by: number) => {
  const [year, mon] = month.split("-").map(Number)
  const index = year * 12 + mon - 1 + by
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`
}

/** The months from `from` to `to`, both included; none when `from` is later (capped past MAX_MONTHS + 1). */
export function monthsBetween(from: string, to: string) {
  const months: string[] = []
  for (let month = from; month <= to && months.length <= MAX_MONTHS; month = shift(month, 1)) months.push(month)
  return months
}

export const OwnOrdersQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type OwnOrdersQuery = z.infer<typeof OwnOrdersQuery>

export const AcceptOwnerInvite = z.object({ token: z.string().min(10).max(100) }).strict()
export type AcceptOwnerInvite = z.infer<typeof AcceptOwnerInvite>

export const InviteOwner = z.object({ email: z.string().trim().toLowerCase().email().max(200) }).strict()
export type InviteOwner = z.infer<typeof InviteOwner>
