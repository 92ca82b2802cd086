import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// The buyer's messages (the "feed" channel of Medusa's notifications, e.g. a parcel waiting at a station with its
// pickup code), newest first; only the logged-in customer's own.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "notification",
    fields: ["id", "template", "data", "created_at"],
    filters: { receiver_id: req.auth_context.actor_id, channel: "feed" },
    pagination: { order: { created_at: "DESC" }, take: 50 },
  })
  res.json({ messages: data })
}
