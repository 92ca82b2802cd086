import { model } from "@medusajs/framework/utils"

// One decision of the association, as it was taken: who (actor), what (action on a subject), and the subject's values
// before and after. Entries are only ever added; subjects live in other modules, so plain ids.
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    // "user" for the association's admin users, "system" for the seed.
    actor_type: model.text(),
    actor_id: model.text(),
    // e.g. seller.approved, listing.rejected, standard.versioned, inspection.recorded
    action: model.text(),
    subject_type: model.text(),
    subject_id: model.text(),
    before: model.json().nullable(),
    after: model.json().nullable(),
  })
  .indexes([
    { on: ["created_at"] },
    { on: ["action", "created_at"] },
    { on: ["subject_type", "subject_id", "created_at"] },
    { on: ["actor_id", "created_at"] },
  ])

export default AuditEntry
