import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListAuditQuery } from "./validators"

// The association's audit log, newest first, filtered by action, subject, actor and time (from and to inclusive).
// Admin users are shown by name and e-mail as well as id.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { action, subject_type, subject_id, actor_id, from, to, limit, offset } = req.validatedQuery as unknown as ListAuditQuery
  const filters: Record<string, unknown> = {
    ...(action && { action }),
    ...(subject_type && { subject_type }),
    ...(subject_id && { subject_id }),
    ...(actor_id && { actor_id }),
    ...((from || to) && { created_at: { ...(from && { $gte: new Date(from) }), ...(to && { $lte: new Date(to) }) } }),
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: entries, metadata } = await query.graph({
    entity: "audit_entry",
    fields: ["*"],
    filters,
    pagination: { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset },
  })
  // An actor id names a user or the system, so no link leads from an entry to its user: the users are read by id.
  const userIds = [...new Set(entries.filter((e) => e.actor_type === "user").map((e) => e.actor_id))]
  const { data: users } = userIds.length
    ? await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"], filters: { id: userIds } })
    : { data: [] as any[] }
  const byId = new Map(users.map((u: any) => [u.id as string, u] as const))
  const audit_entries = entries.map(({ updated_at, deleted_at, ...entry }: any) => {
    const user: any = byId.get(entry.actor_id)
    const name = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") : null
    return { ...entry, actor: { type: entry.actor_type, id: entry.actor_id, name: name || null, email: user?.email ?? null } }
  })
  res.json({ audit_entries, count: metadata?.count, limit, offset })
}
