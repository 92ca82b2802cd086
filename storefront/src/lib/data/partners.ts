import type { ProductCard } from "@luotian/contract"
import { cache } from "react"
import { asBuyer } from "./cart"
import { medusa } from "./client"
import { partnerScan } from "./cookies"
import { readOrNull } from "./store-route"

import type { PartnerPoint } from "@luotian/contract"
export type { PartnerPoint }

/** Lowercase letters, digits and single hyphens, as the backend's partner codes are. */
export const PARTNER_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An active point and its shelf by code (cached 60 s), or null when the store has no such point. */
export const partnerByCode = cache(async (code: string) =>
  PARTNER_CODE.test(code) ? readOrNull<{ point: PartnerPoint; shelf: ProductCard[] }>(`/store/partners/${code}`, 60, ["partners"]) : null
)

/** Records a scan of the point's QR code; null when the code is no active point's. */
export async function recordScan(code: string): Promise<{ id: string; code: string } | null> {
  if (!PARTNER_CODE.test(code)) return null
  try {
    const { scan } = await medusa().client.fetch<{ scan: { id: string; code: string } }>(`/store/partners/${code}/scans`, { method: "POST", body: {}, cache: "no-store" })
    return scan
  } catch (error) {
    if ((error as { status?: number }).status !== 404) console.error(`storefront: scan of ${code} not recorded: ${(error as Error).message}`)
    return null
  }
}

/**
 * Puts the buyer's last scan on the cart, so the purchase counts for that point (the backend keeps the later of two
 * scans within 30 days). Attribution never stands in the way of a purchase: a failure is logged and passed over.
 */
export async function carryPartnerScan(cartId: string) {
  const scan = await partnerScan()
  if (!scan) return
  try {
    await asBuyer(`/store/carts/${encodeURIComponent(cartId)}/partner`, { method: "POST", body: { scan_id: scan.scanId } })
  } catch (error) {
    console.error(`storefront: the scan of ${scan.code} could not go onto cart ${cartId}: ${(error as Error).message}`)
  }
}
