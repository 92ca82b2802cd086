import { z } from "@medusajs/framework/zod"

export const SynonymGroupParams = z.object({ id: z.string().regex(/^syn_[0-9A-Z]{26}$/, "must be a synonym group id") }).strict()
