import { MathBN } from "@medusajs/framework/utils"

/** How long a scan counts towards purchases: the cookie's life and the window checked at checkout. */
export const ATTRIBUTION_DAYS = 30
const DAY_MS = 24 * 3600_000

/** How long the association's invitation to a point's owner stays open. */
export const INVITE_DAYS = 7

export const POINT_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a purchase placed at `now` still counts for a scan made at `scannedAt` (the window's last instant counts). */
export function withinWindow(scannedAt: Date | string, now: Date = new Date()) {
  const age = now.getTime() - new Date(scannedAt).getTime()
  return age >= 0 && age <= ATTRIBUTION_DAYS * DAY_MS
}

type ScanLike = { id: string; scanned_at: Date | string }

/**
 * Of two points scanned, the purchase goes to the later scan: the tourist is now at (or has last tasted at) that point.
 * A scan outside the window never replaces one inside it.
 */
export function laterScan<T extends ScanLike>(current: T | null, incoming: T | null, now: Date = new Date()): T | null {
  const live = [current, incoming].filter((scan): scan is T => !!scan && withinWindow(scan.scanned_at, now))
  if (!live.length) return null
  return live.reduce((a, b) => (new Date(b.scanned_at).getTime() > new Date(a.scanned_at).getTime() ? b : a))
}

/** A referral rate as the association sets it: a decimal string with 0 ≤ rate < 1, normalised ("0.050" is "0.05"). */
export function parseReferralRate(value: unknown): string | null {
  const text = String(value ?? "").trim()
  if (!/^\d+(\.\d+)?$/.test(text) || !MathBN.lt(text, 1)) return null
  return MathBN.convert(text).toFixed()
}
