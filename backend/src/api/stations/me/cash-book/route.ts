import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { STATION_MODULE } from "../../../../modules/station"
import { beijingDay } from "../../../../modules/station/rules"
import type StationModuleService from "../../../../modules/station/service"
import { currentStation } from "../current-station"

// One Beijing day of the station's cash book (today by default): cash received, remitted, and what it holds of it.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { station } = currentStation(req)
  const day = (req.validatedQuery as { date?: string }).date ?? beijingDay(new Date())
  const book = await req.scope.resolve<StationModuleService>(STATION_MODULE).cashBook(station.id, day)
  const entries = book.entries.map(({ id, kind, amount, currency_code, note, parcel_id, created_at }: any) => ({ id, kind, amount: MathBN.convert(amount).toFixed(2), currency_code, note, parcel_id, created_at }))
  res.json({ cash_book: { ...book, entries } })
}
