import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementsCsv } from "../../../../../../modules/settlement/csv"
import { sellerStatement } from "../../../../../../modules/settlement/statement"
import { monthStatements, sendCsv } from "../../../../../statements"
import { currentSeller } from "../../../current-seller"
import type { StatementQuery } from "../../validators"

// The same statement as a spreadsheet.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const { currency_code } = req.validatedQuery as StatementQuery
  const { month } = req.params
  const statements = await monthStatements(req.scope, { month, currency_code, seller_id: seller.id })
  sendCsv(res, `statement-${month}-${currency_code}.csv`, statementsCsv(statements.map(sellerStatement)))
}
