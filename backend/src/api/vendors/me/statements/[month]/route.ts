import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerStatement } from "../../../../../modules/settlement/statement"
import { monthStatements } from "../../../../statements"
import { currentSeller } from "../../current-seller"
import type { StatementQuery } from "../validators"

// The seller's statement for a month (Beijing time): each of its orders' gross, fee, refunds and net.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { currency_code } = req.validatedQuery as StatementQuery
  const [statement] = await monthStatements(req.scope, { month: req.params.month, currency_code, seller_id: seller.id })
  res.json({ statement: sellerStatement(statement) })
}
