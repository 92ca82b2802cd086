import { MathBN } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { inSaneYears, YEAR_RULE } from "../../lib/dates"
import { UNIT_KEYS } from "./units"

// The shape and rules of a grade standard's definition: checked on every edit (and on the seed's standards), each
// failure naming its field, e.g. grades.1.price_min.

const DECIMAL = /^-?\d+(\.\d+)?$/
const MONEY = /^\d+(\.\d{1,2})?$/
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

const decimalText = (value: number | string) => (typeof value === "number" ? String(value) : value.trim())

/** A price band limit in CNY: at most two decimals (fen), kept as a decimal string. */
const Money = z
  .union([z.number(), z.string()])
  .transform(decimalText)
  .refine((v) => MONEY.test(v), "must be an amount in CNY ≥ 0 with at most two decimals, e.g. 36.50")
  .refine((v) => !MONEY.test(v) || Number(v) <= 1_000_000, "must be at most 1000000")

/** A criterion limit: an exact decimal (number or string), or null for none. */
const Limit = z
  .union([z.number(), z.string()])
  .transform(decimalText)
  .refine((v) => DECIMAL.test(v) && v.length <= 20, "must be a decimal number, e.g. 7.0")
  .nullable()
  .optional()

const gt = (a: string, b: string) => MathBN.gt(a, b)

export const CriterionInput = z
  .object({
    attribute: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "must be a key of lowercase letters, digits and _, e.g. moisture_pct"),
    label: z.string().trim().min(1).max(60),
    label_en: z.string().trim().min(1).max(80),
    unit: z.enum(UNIT_KEYS),
    // Both limits are inclusive: a lot measured exactly on a limit meets it.
    min: Limit,
    max: Limit,
  })
  .strict()
  .superRefine((c, ctx) => {
    const hasMin = c.min !== null && c.min !== undefined
    const hasMax = c.max !== null && c.max !== undefined
    if (!hasMin && !hasMax) ctx.addIssue({ code: "custom", path: ["min"], message: "give min, max or both" })
    if (hasMin && hasMax && DECIMAL.test(c.min!) && DECIMAL.test(c.max!) && gt(c.min!, c.max!)) {
      ctx.addIssue({ code: "custom", path: ["min"], message: `must not exceed max (${c.max})` })
    }
  })
export type CriterionInput = z.infer<typeof CriterionInput>

export const GradeInput = z
  .object({
    code: z.string().regex(SLUG, "must be a code of lowercase letters, digits and -, e.g. select-1").max(40),
    name: z.string().trim().min(1).max(20),
    name_en: z.string().trim().min(1).max(40),
    // Optional; grades are listed best first, and a given rank must match that order.
    rank: z.number().int().min(1).optional(),
    price_min: Money,
    price_max: Money,
    price_unit: z.enum(["kg", "unit"]).default("kg"),
    criteria: z.array(CriterionInput).min(1).max(20),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (MONEY.test(g.price_min) && MONEY.test(g.price_max) && gt(g.price_min, g.price_max)) {
      ctx.addIssue({ code: "custom", path: ["price_min"], message: `must not exceed price_max (${g.price_max})` })
    }
    const seen = new Set<string>()
    g.criteria.forEach((c, i) => {
      if (seen.has(c.attribute)) ctx.addIssue({ code: "custom", path: ["criteria", i, "attribute"], message: `"${c.attribute}" appears twice` })
      seen.add(c.attribute)
    })
  })
export type GradeInput = z.infer<typeof GradeInput>

/** Grades best first: ranks, when given, must be 1, 2, 3 … in the order listed; codes unique. */
export const Grades = z
  .array(GradeInput)
  .min(1)
  .max(12)
  .superRefine((grades, ctx) => {
    const seen = new Set<string>()
    grades.forEach((g, i) => {
      if (g.rank !== undefined && g.rank !== i + 1) {
        ctx.addIssue({ code: "custom", path: [i, "rank"], message: `grades are listed best first: expected ${i + 1}` })
      }
      if (seen.has(g.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `"${g.code}" appears twice` })
      seen.add(g.code)
    })
  })

/** A calendar day, YYYY-MM-DD. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "is not a calendar date")
  .refine((v) => Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || inSaneYears(`${v}T00:00:00Z`), YEAR_RULE)

export const StandardFields = {
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(120),
  name_en: z.string().trim().min(1).max(200),
  effective_from: Day,
  grades: Grades,
}

/** A whole standard, as the seed defines one. */
export const StandardInput = z
  .object({
    lineage: z.string().regex(SLUG, "must be a key of lowercase letters, digits and -").max(60),
    category: z.string().regex(SLUG, "must be a category handle, e.g. chestnut").max(60),
    ...StandardFields,
  })
  .strict()
export type StandardInput = z.infer<typeof StandardInput>

/** An edit: what changes; the rest is carried over from the version edited. Grades, when given, are the full list. */
export const StandardEdit = z
  .object({
    code: StandardFields.code.optional(),
    name: StandardFields.name.optional(),
    name_en: StandardFields.name_en.optional(),
    effective_from: Day.optional(),
    grades: Grades.optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, "give at least one of code, name, name_en, effective_from, grades")
export type StandardEdit = z.infer<typeof StandardEdit>

/** Today in Beijing, YYYY-MM-DD: the default effective date of a new version. */
export const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

/** A day as stored: midnight UTC of that date, so that it reads back as the same YYYY-MM-DD. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00.000Z`)
