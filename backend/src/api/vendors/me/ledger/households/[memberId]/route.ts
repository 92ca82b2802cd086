import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller } from "../../../current-seller"
import { householdEntries, householdRows, monthOrNow, ownMember } from "../../read"

// One of the seller's households: its month's entries with their sources, and its year so far.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const month = monthOrNow((req.validatedQuery as { month?: string }).month)
  const member = await ownMember(req.scope, seller.id, req.params.memberId)
  const [row] = (await householdRows(req.scope, seller.id, month)).filter((r) => r.member_id === member.id)
  const { entries } = await householdEntries(req.scope, seller.id, member.id, month)
  res.json({ month, household: row, entries })
}
