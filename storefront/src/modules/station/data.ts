import type { AssistedOrder, IntakeOptions, StationIntake, StationParcel } from "@luotian/contract"
import { redirect } from "next/navigation"
import { actorHeaders } from "@/lib/data/actor-headers"
import { medusa } from "@/lib/data/client"
import { stationToken } from "@/lib/data/cookies"
import type { Locale } from "@/lib/i18n/locales"

// The station portal reads the station's own data from /stations/me/* with the operator's bearer token (an httpOnly
// cookie); the backend scopes every answer to that station. Never cached.

export type Station = { id: string; code: string; kind?: string; name: string; name_en: string; town: string; village: string | null; status: string; offers_sell_for?: boolean }
export type CashBook = {
  day: string
  received: string
  remitted: string
  balance: string
  paid_out: string
  entries: { id: string; kind: "received" | "remitted" | "paid_out"; amount: string; note: string | null; created_at: string }[]
}

/** A failed call: its HTTP status (0 when the backend could not be reached) and the backend's message. */
export class StationError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

type Init = { method?: "GET" | "POST"; body?: Record<string, unknown>; query?: Record<string, string> }

export async function asStation<T>(token: string, path: string, { method = "GET", body, query }: Init = {}): Promise<T> {
  try {
    return await medusa().client.fetch<T>(path, { method, body, query, headers: await actorHeaders(token), cache: "no-store" })
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    throw new StationError(status ?? 0, message)
  }
}

export const stationLoginPath = (locale: Locale, reason?: "expired" | "out" | "suspended") => `/${locale}/station/login${reason ? `?reason=${reason}` : ""}`

/** The station and its token for a portal page; without a valid login the operator goes to log in. */
export async function stationSession(locale: Locale) {
  const token = await stationToken()
  if (!token) redirect(stationLoginPath(locale))
  const me = await asStation<{ station: Station }>(token, "/stations/me").catch((error: StationError) => error)
  if (me instanceof StationError) {
    if (me.status === 401) redirect(stationLoginPath(locale, "expired"))
    if (me.status === 403) redirect(stationLoginPath(locale, "suspended"))
    throw me
  }
  return { token, station: me.station }
}

export const parcelsOf = async (token: string, list: "due" | "arrived_today" | "waiting") =>
  (await asStation<{ parcels: StationParcel[] }>(token, "/stations/me/parcels", { query: { list } })).parcels

export const cashBookOf = async (token: string, date?: string) =>
  (await asStation<{ cash_book: CashBook }>(token, "/stations/me/cash-book", { query: date ? { date } : {} })).cash_book

/** The cookie that carries a just-placed assisted order's pickup code to its confirmation page, for ten minutes. */
export const ASSISTED_CODE = "luotian_assisted_code"

export const assistedOrdersOf = async (token: string) =>
  (await asStation<{ assisted_orders: AssistedOrder[]; count: number }>(token, "/stations/me/assisted-orders", { query: { limit: "50" } })).assisted_orders

/** One of the station's assisted orders, or null when it is not this station's. */
export async function assistedOrderOf(token: string, id: string) {
  const found = await asStation<{ assisted_order: AssistedOrder }>(token, `/stations/me/assisted-orders/${encodeURIComponent(id)}`).catch((error: StationError) => error)
  if (found instanceof StationError) {
    if (found.status === 404 || found.status === 400) return null
    throw found
  }
  return found.assisted_order
}
// 代销 intakes: the form's choices (active sellers; one seller's households and graded products) and today's intakes.
export const intakeSellersOf = async (token: string) => (await asStation<{ sellers: { id: string; name: string }[] }>(token, "/stations/me/intake-sellers")).sellers

export const intakeOptionsOf = (token: string, sellerId: string) => asStation<IntakeOptions>(token, `/stations/me/intake-sellers/${encodeURIComponent(sellerId)}`)

export const intakesOf = async (token: string) => (await asStation<{ intakes: StationIntake[] }>(token, "/stations/me/intakes")).intakes

export const intakeOf = async (token: string, id: string) => (await asStation<{ intake: StationIntake }>(token, `/stations/me/intakes/${encodeURIComponent(id)}`)).intake
