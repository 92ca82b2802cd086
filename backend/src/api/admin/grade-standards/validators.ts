import { z } from "@medusajs/framework/zod"
import { StandardEdit } from "../../../modules/grading/schema"

const Category = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a category handle, e.g. chestnut").max(60)

export const ListStandardsQuery = z
  .object({ category: Category.optional(), status: z.enum(["current", "superseded"]).optional() })
  .strict()
export type ListStandardsQuery = z.infer<typeof ListStandardsQuery>

export const StoreStandardsQuery = z.object({ category: Category.optional() }).strict()
export type StoreStandardsQuery = z.infer<typeof StoreStandardsQuery>

export { StandardEdit }
