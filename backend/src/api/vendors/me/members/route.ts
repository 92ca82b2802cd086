import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMemberWorkflow } from "../../../../workflows/member/create-member"
import { MEMBER_FIELDS, memberView } from "../../../members"
import { currentSeller, sellerThatMayChange } from "../current-seller"
import type { CreateMember } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "member",
    fields: MEMBER_FIELDS,
    filters: { seller_id: seller.id },
    pagination: { order: { joined_at: "ASC" } },
  })
  res.json({ members: data.map(memberView), count: data.length })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateMember>, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { result } = await createMemberWorkflow(req.scope).run({ input: { ...req.validatedBody, seller_id: seller.id } })
  res.status(201).json({ member: memberView(result) })
}
