import { z } from "@medusajs/framework/zod"
import { SaneDateTime } from "../../../lib/dates"

const Key = z.string().trim().min(1).max(120)

export const ListAuditQuery = z
  .object({
    action: z.string().regex(/^[a-z_-]+\.[a-z_-]+$/, "must be an action such as seller.approved").optional(),
    subject_type: Key.optional(),
    subject_id: Key.optional(),
    actor_id: Key.optional(),
    from: SaneDateTime.optional(),
    to: SaneDateTime.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), { path: ["from"], message: "must not be after to" })
export type ListAuditQuery = z.infer<typeof ListAuditQuery>
