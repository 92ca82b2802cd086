"use server"
import { redirect } from "next/navigation"
import { stationToken } from "@/lib/data/cookies"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { asStation, StationError, stationLoginPath } from "./data"

// The hub's drivers mark "done" at each stop (leaving the hub, or handing a station its parcels).

const RUN_ID = /^srun_[0-9A-Z]{26}$/
const STOP_ID = /^sstop_[0-9A-Z]{26}$/

export async function markStopDone(localeIn: string, form: FormData) {
  const locale: Locale = isLocale(localeIn) ? localeIn : "zh-CN"
  const [run, stop] = [String(form.get("run_id") ?? ""), String(form.get("stop_id") ?? "")]
  const back = (outcome: Record<string, string>): never => redirect(`/${locale}/station/runs?${new URLSearchParams(outcome)}`)
  if (!RUN_ID.test(run) || !STOP_ID.test(stop)) back({ error: "notFound" })
  const token = await stationToken()
  if (!token) redirect(stationLoginPath(locale, "expired"))
  try {
    await asStation(token, `/stations/me/route-runs/${run}/stops/${stop}/done`, { method: "POST", body: {} })
  } catch (error) {
    if (!(error instanceof StationError)) throw error
    if (error.status === 401) redirect(stationLoginPath(locale, "expired"))
    back({ error: error.status === 409 ? "order" : error.status === 403 ? "notHub" : "generic" })
  }
  back({ done: "stop" })
}
