import type { LineLot, PurchaseReach, WithdrawnLot } from "@luotian/contract"
import { medusa } from "./client"
import { customerToken, purchaseCartId } from "./cookies"

/** The header in which a guest proves a purchase is theirs (the backend's access.ts says why the cart id). */
const PURCHASE_CART_HEADER = "x-purchase-cart-id"

type Amount = number | string

/** One seller's part of a purchase (its own order), as GET /store/purchases/:id shapes it. */
export type PurchasePart = {
  order_id: string
  display_id: number
  seller: { handle: string; name: string; name_en: string | null; type: string; town: string; town_en: string | null }
  /** `variant_title` is the line's pack size ("2.5kg"), when the backend sends it; `lots` the lots its packs came from. */
  items: { title: string; variant_title?: string | null; product_handle: string | null; thumbnail: string | null; quantity: number; unit_price: Amount; total: Amount; lots?: LineLot[] }[]
  delivery: { name: string; amount: Amount } | null
  total: Amount
  status: string
  fulfillment_status: string
  payment_status: string
  fulfillments: Fulfilment[]
  /** When the buyer (or, days after shipment, the store) confirmed the part arrived; null until then. */
  received_at: string | null
}

/** How a seller sent its part: by courier with a tracking number, or handed to a village pickup station. */
export type Fulfilment = {
  created_at: string
  method: "courier" | "station"
  carrier: string | null
  tracking_number: string | null
  station: string | null
}

/** A buyer's purchase: one order and one payment, split into a part per seller shortly after it is placed. */
export type Purchase = {
  id: string
  display_id: number
  created_at: string
  email: string
  currency_code: string
  total: Amount
  item_total: Amount
  shipping_total: Amount
  payment_status: string
  shipping_address: { first_name: string | null; province: string | null; city: string | null; address_2: string | null; address_1: string | null; phone: string | null } | null
  parts_pending: boolean
  parts: PurchasePart[]
  // Lots of its parcels that were withdrawn (recalled) since: the order page warns of them.
  withdrawn_lots?: WithdrawnLot[]
  // The scenic spot or guesthouse whose QR code the buyer scanned before buying, if any.
  partner?: { code: string; kind: string; name: string; name_en: string } | null
}

/**
 * What proves to the backend that the purchase is this browser's: the customer's login, and the cart this browser
 * completed into it (a guest's only proof). Both stay on the server (httpOnly cookies), never in the page.
 */
async function buyerHeaders(id: string) {
  const [token, cart] = await Promise.all([customerToken(), purchaseCartId(id)])
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cart ? { [PURCHASE_CART_HEADER]: cart } : {}) }
}

/**
 * A purchase of this browser's buyer by id (never cached: its parts appear moments after checkout), or null when
 * there is none, it is not theirs (the backend answers 404 alike), or the id is malformed.
 */
export async function purchaseById(id: string): Promise<Purchase | null> {
  try {
    const headers = await buyerHeaders(id)
    const data = await medusa().client.fetch<{ purchase: Purchase }>(`/store/purchases/${encodeURIComponent(id)}`, { headers, cache: "no-store" })
    return data.purchase
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400) return null
    throw error
  }
}

/** The buyer confirms a shipped part arrived (its seller is paid for it then); false when the backend refuses. */
export async function confirmPartReceipt(purchaseId: string, partId: string): Promise<boolean> {
  try {
    const headers = await buyerHeaders(purchaseId)
    await medusa().client.fetch(`/store/purchases/${encodeURIComponent(purchaseId)}/parts/${encodeURIComponent(partId)}/confirm-receipt`, {
      method: "POST",
      headers,
      body: {},
    })
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400) return false
    throw error
  }
}

/**
 * How many households the purchase brought income to (counts only, groups under five hidden), or null when none
 * supplied it or it is not this browser's.
 */
export async function purchaseReach(id: string): Promise<PurchaseReach | null> {
  try {
    const headers = await buyerHeaders(id)
    const data = await medusa().client.fetch<{ reach: PurchaseReach | null }>(`/store/purchases/${encodeURIComponent(id)}/households`, { headers, cache: "no-store" })
    return data.reach
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400) return null
    throw error
  }
}
