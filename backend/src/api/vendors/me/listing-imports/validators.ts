import { z } from "@medusajs/framework/zod"

export const ImportQuery = z.object({ dry_run: z.enum(["true", "false"]).optional() }).strict()
export const ImportParams = z.object({ id: z.string().min(1).max(64) }).strict()
export const ExportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }).strict()
