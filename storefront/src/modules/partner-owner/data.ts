import type { PartnerKind, PartnerMonth } from "@luotian/contract"
import { actorHeaders } from "@/lib/data/actor-headers"
import { medusa } from "@/lib/data/client"
import type { Locale } from "@/lib/i18n/locales"

// A point's owner reads its own point from /partners/me/* with its bearer token (an httpOnly cookie); the backend
// scopes every answer to that point and never tells it who bought. Never cached.

export type ByCurrency = Record<string, string>
export type OwnPoint = {
  owner: { id: string; email: string }
  partner: { code: string; kind: PartnerKind; name: string; name_en: string; town: string; town_en: string; referral_rate: string; active: boolean }
}
export type ScanDay = { day: string; scans: number }
export type OwnOrder = { display_id: number; placed_at: string; currency_code: string; total: string; status: string }
export type Dashboard = OwnPoint & { days: ScanDay[]; months: PartnerMonth[]; orders: OwnOrder[]; count: number }

export class OwnerError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

/** One call to the backend as the owner (no token: anonymous, to log in); an OwnerError on any non-2xx answer. */
export async function asOwner<T>(token: string, path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  try {
    return await medusa().client.fetch<T>(path, { method: init.method ?? "GET", body: init.body as any, headers: await actorHeaders(token), cache: "no-store" })
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    throw new OwnerError(status ?? 0, message)
  }
}

export const ownerHome = (locale: Locale) => `/${locale}/partner`
export const ownerLogin = (locale: Locale, reason?: "expired" | "out" | "wrong" | "too-many" | "not-owner" | "unreachable") =>
  `/${locale}/partner/login${reason ? `?reason=${reason}` : ""}`

/** Everything the dashboard shows, read at once; null when the login is missing, expired or no owner's. */
export async function ownerDashboard(token: string | undefined): Promise<Dashboard | null> {
  if (!token) return null
  try {
    const [me, scans, months, orders] = await Promise.all([
      asOwner<OwnPoint>(token, "/partners/me"),
      asOwner<{ days: ScanDay[] }>(token, "/partners/me/scans"),
      asOwner<{ months: PartnerMonth[] }>(token, "/partners/me/months"),
      asOwner<{ orders: OwnOrder[]; count: number }>(token, "/partners/me/orders?limit=50"),
    ])
    return { ...me, days: scans.days, months: months.months, orders: orders.orders, count: orders.count }
  } catch (error) {
    if (error instanceof OwnerError && error.status === 401) return null
    throw error
  }
}
