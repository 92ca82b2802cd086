import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementsCsv } from "../../../../../modules/settlement/csv"
import { addFigures } from "../../../../../modules/settlement/statement"
import { namedStatements, sendCsv } from "../../../../statements"
import type { AdminStatementCsvQuery } from "../../validators"

// Every seller's statement for the month in one spreadsheet, each seller with its subtotal, then the month's total.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency_code } = req.validatedQuery as AdminStatementCsvQuery
  const { month } = req.params
  const statements = await namedStatements(req.scope, { month, currency_code })
  const grandTotal = { currency_code, totals: addFigures(statements.map((s) => s.totals)) }
  sendCsv(res, `statements-${month}-${currency_code}.csv`, statementsCsv(statements, { bySeller: true, grandTotal }))
}
