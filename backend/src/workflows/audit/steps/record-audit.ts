import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"

export type AuditInput = {
  // "user" for the association's admin users (actor_id is the user's id), "system" for the seed.
  actor_type: string
  actor_id: string
  // <subject>.<what happened>, e.g. seller.approved, listing.rejected, standard.versioned, inspection.recorded
  action: string
  subject_type: string
  subject_id: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

// Records the association's decisions in the audit log, in the same workflow as the decision: if a later step fails,
// compensation deletes the entries, so the log never shows a decision that did not happen.
export const recordAuditStep = createStep(
  "record-audit",
  async (entries: AuditInput[], { container }) => {
    if (!entries.length) return new StepResponse([], [] as string[])
    const audit = container.resolve<AuditModuleService>(AUDIT_MODULE)
    const created = await audit.createAuditEntries(entries.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })))
    return new StepResponse(created, created.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<AuditModuleService>(AUDIT_MODULE).deleteAuditEntries(ids)
  }
)
