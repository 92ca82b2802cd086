import { z } from "zod"
import { priceCny } from "./input"
import { gtinProblem } from "./rules/gtin"

// Bulk listings: the sheet a seller exports and imports (CSV or .xlsx). One row is one pack size; the rows that share a
// listing code are the sizes of one listing (one product), as a seller would list it in the portal.

/** A pack size as a seller enters it, in the portal's form and in a sheet alike. */
export const packSizeInput = z
  .object({
    net_weight_g: z.number().int().min(1).max(100_000),
    price_cny: priceCny,
    stock: z.number().int().min(0).max(1_000_000),
    gtin: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem = gtinProblem(value)
        if (problem) ctx.addIssue({ code: "custom", message: `GTIN ${problem}` })
      })
      .optional(),
  })
  .strict()

export const IMPORT_COLUMNS = [
  { key: "listing", zh: "商品编码", en: "Listing code" },
  { key: "category", zh: "类目", en: "Category" },
  { key: "name", zh: "统一品名", en: "Unified name" },
  { key: "grade", zh: "等级", en: "Grade" },
  { key: "net_weight_g", zh: "净重(克)", en: "Net weight (g)" },
  { key: "price_cny", zh: "价格(元)", en: "Price (CNY)" },
  { key: "stock", zh: "库存", en: "Stock" },
  { key: "gtin", zh: "条码", en: "GTIN" },
  { key: "description", zh: "描述", en: "Description" },
  { key: "description_en", zh: "英文描述", en: "Description (English)" },
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]["key"]

/** The header cell the export writes, "商品编码 listing"; the import also takes the key, the Chinese or the English label alone. */
export const headerCell = (column: (typeof IMPORT_COLUMNS)[number]) => `${column.zh} ${column.key}`

/** The column a header cell names, or undefined. */
export function columnOf(cell: string): ImportColumn | undefined {
  const text = cell.trim().toLowerCase()
  return IMPORT_COLUMNS.find((c) => [c.key, c.zh, c.en.toLowerCase(), headerCell(c).toLowerCase()].includes(text))?.key
}

export const MAX_IMPORT_ROWS = 10_000
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

// A cell is text; a number must be written plainly (no thousands separators, no exponent), so "1e9" or "12,5" are
// refused, and a huge one fails its range.
const numberCell = (rule: RegExp, what: string) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .regex(rule, `must be ${what}`)
    // Digits beyond a double's range read as the largest double, so they fail the range, not the type.
    .transform((s) => Math.min(Number(s), Number.MAX_VALUE))
const noNul = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)
const text = (max: number) => z.string().trim().max(max).refine(noNul, "must not contain control characters (NUL …)")
const optionalText = (max: number) => text(max).transform((s) => s || undefined)

/** One data row of a sheet, its cells as text: the same limits as the portal's form, then the pack size's schema. */
export const importRowSchema = z
  .object({
    listing: text(60).pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "must be lower-case letters, digits and -")),
    category: text(60).pipe(z.string().min(1, "is required")),
    name: text(60).pipe(z.string().min(1, "is required")),
    grade: text(40).pipe(z.string().min(1, "is required")),
    net_weight_g: numberCell(/^-?\d+(\.\d+)?$/, "a number").pipe(packSizeInput.shape.net_weight_g),
    price_cny: numberCell(/^-?\d+(\.\d+)?$/, "a number").pipe(packSizeInput.shape.price_cny),
    stock: numberCell(/^-?\d+(\.\d+)?$/, "a number").pipe(packSizeInput.shape.stock),
    gtin: optionalText(20).pipe(packSizeInput.shape.gtin),
    description: optionalText(4000),
    description_en: optionalText(8000),
  })
  .strict()
export type ImportRow = z.output<typeof importRowSchema>

/** A bad row: its number in the sheet (the header is row 1), the column and the rule it breaks, in both languages. */
export const importErrorSchema = z.object({ row: z.number().int(), field: z.string(), rule: z.string(), message: z.string(), message_zh: z.string() })
export type ImportError = z.infer<typeof importErrorSchema>

export const importStatusSchema = z.enum(["queued", "running", "done", "failed"])
export const listingImportSchema = z.object({
  id: z.string(),
  file_name: z.string(),
  status: importStatusSchema,
  total: z.number().int(),
  processed: z.number().int(),
  imported: z.number().int(),
  failed: z.number().int(),
  errors: z.array(importErrorSchema),
  created_at: z.string(),
  finished_at: z.string().nullable(),
})
export type ListingImport = z.infer<typeof listingImportSchema>

export const dryRunSchema = z.object({ dry_run: z.literal(true), total: z.number().int(), valid: z.number().int(), errors: z.array(importErrorSchema) })
export type DryRun = z.infer<typeof dryRunSchema>

/** The rules a row can break, each with its sentence in Chinese (the English one names the detail). */
export const IMPORT_RULES_ZH = {
  required: "必填",
  format: "格式不对",
  range: "超出允许范围",
  decimals: "最多两位小数（分）",
  integer: "必须是整数",
  gtin: "条码（GTIN-13）位数或校验位不对",
  control_chars: "不能含控制字符（如 NUL）",
  too_long: "太长",
  category: "没有这个类目",
  name: "不是该类目的统一品名",
  grade: "等级不存在或高于最近一次检验支持的等级",
  price_band: "每公斤价格不在该等级的价格带内",
  duplicate_size: "同一商品里重复的净重",
  listing_mismatch: "同一商品编码的各行类目、品名、等级必须一致",
  too_many_sizes: "一个商品最多 8 个规格",
  listing_taken: "这个商品编码已被使用",
  failed: "导入时出错",
} as const
export type ImportRule = keyof typeof IMPORT_RULES_ZH

/** The rule a zod issue of a row's schema breaks. */
export function ruleOfIssue(issue: { code: string; message: string; origin?: string; input?: unknown }): ImportRule {
  if (/GTIN/.test(issue.message)) return "gtin"
  if (/control characters/.test(issue.message)) return "control_chars"
  if (/two decimals/.test(issue.message)) return "decimals"
  if (/is required/.test(issue.message)) return "required"
  if (issue.code === "invalid_type" && /int/.test(issue.message)) return "integer"
  if (issue.code === "too_big" && issue.origin === "string") return "too_long"
  if (issue.code === "too_big" || issue.code === "too_small") return "range"
  return "format"
}
