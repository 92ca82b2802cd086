import { z } from "@medusajs/framework/zod"

// A household in a path: a member id, nothing else reaches the database.
export const LedgerMemberParams = z.object({ memberId: z.string().regex(/^mem_[0-9A-Z]{26}$/, "must be a member household's id (mem_…)") })

export const LedgerNoQuery = z.object({}).strict()
