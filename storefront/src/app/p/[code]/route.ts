import { NextRequest, NextResponse } from "next/server"
import { options, PARTNER, PARTNER_DAYS } from "@/lib/data/cookies"
import { recordScan } from "@/lib/data/partners"
import { DEFAULT_LOCALE } from "@/lib/i18n/locales"
import { partnerScanValue } from "@/lib/util/partner-scan"

// The address a partner point's QR code holds (/p/<code>): the scan is recorded and remembered in a first-party cookie
// for 30 days, then the buyer sees the point's page in their language. Reloading that page counts no second scan.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const english = /^en\b/i.test(request.headers.get("accept-language") ?? "")
  const page = new URL(`/${english ? "en" : DEFAULT_LOCALE}/p/${encodeURIComponent(code)}`, request.url)
  const response = NextResponse.redirect(page, 303)
  const scan = await recordScan(code)
  if (scan) response.cookies.set(PARTNER, partnerScanValue(scan.code, scan.id), options(PARTNER_DAYS))
  response.headers.set("cache-control", "no-store")
  return response
}
