import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFigures } from "../../../modules/settlement/statement"
import { namedStatements } from "../../statements"
import type { AdminStatementsQuery } from "./validators"

// The association's view of a month: every seller's statement (or one seller's), and the month's totals.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { month, seller_id, currency_code } = req.validatedQuery as AdminStatementsQuery
  const statements = await namedStatements(req.scope, { month, currency_code, seller_id })
  res.json({ month, currency_code, statements, count: statements.length, totals: addFigures(statements.map((s) => s.totals)) })
}
