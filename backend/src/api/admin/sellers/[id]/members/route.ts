import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_FIELDS, memberView } from "../../../../members"

// The association reads a seller's member households, with ID numbers masked as for the seller.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "member",
    fields: MEMBER_FIELDS,
    filters: { seller_id: req.params.id },
    pagination: { order: { joined_at: "ASC" } },
  })
  res.json({ members: data.map(memberView), count: data.length })
}
