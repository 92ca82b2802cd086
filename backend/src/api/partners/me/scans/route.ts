import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../modules/partner"
import type PartnerModuleService from "../../../../modules/partner/service"
import { currentPoint } from "../current-point"

const DAYS = 30
const DAY_MS = 24 * 3600_000
const BEIJING_MS = 8 * 3600_000
const beijingDay = (time: number) => new Date(time + BEIJING_MS).toISOString().slice(0, 10)

/** The point's scans on each of the last 30 Beijing days, today included (days without scans as 0). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { point } = await currentPoint(req)
  const today = Date.parse(`${beijingDay(Date.now())}T00:00:00Z`) - BEIJING_MS
  const days = Array.from({ length: DAYS }, (_, i) => beijingDay(today - (DAYS - 1 - i) * DAY_MS))
  const counts = await req.scope
    .resolve<PartnerModuleService>(PARTNER_MODULE)
    .scanCounts([point.id], "day", { from: new Date(today - (DAYS - 1) * DAY_MS), to: new Date(today + DAY_MS) })
  const byDay = new Map(counts.map((count) => [count.period, count.scans]))
  res.json({ days: days.map((day) => ({ day, scans: byDay.get(day) ?? 0 })) })
}
