import { cookies } from "next/headers"
import { parsePartnerScan } from "../util/partner-scan"

// The shop keeps these per browser, each in an httpOnly cookie the page scripts cannot read:
// the open cart, the buyer's login, the seller portal's and a partner point owner's logins (Medusa bearer tokens), the carts the
// browser completed into its latest purchases (a guest's proof that a purchase is theirs, see purchases.ts), and the
// partner point (scenic spot, guesthouse) whose QR code the buyer last scanned, for 30 days (see partners.ts).
const CART = "luotian_cart"
const PURCHASES = "luotian_purchases"
const KEPT_PURCHASES = 5
const CUSTOMER = "luotian_customer"
const SELLER = "luotian_seller"
const PARTNER_OWNER = "luotian_partner_owner"
const STATION = "luotian_station"
export const PARTNER = "luotian_partner"
/** As long as the backend counts a scan towards purchases (the partner module's ATTRIBUTION_DAYS). */
export const PARTNER_DAYS = 30

export const options = (maxAgeDays: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  // Browsers accept secure cookies from http://localhost, so tests of the production build need no exception.
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge: maxAgeDays * 24 * 60 * 60,
})

const read = async (name: string) => (await cookies()).get(name)?.value || undefined
const write = async (name: string, value: string, days: number) => (await cookies()).set(name, value, options(days))
const remove = async (name: string) => (await cookies()).delete(name)

export const cartId = () => read(CART)
export const setCartId = (id: string) => write(CART, id, 30)
export const removeCartId = () => remove(CART)

export const customerToken = () => read(CUSTOMER)
export const setCustomerToken = (token: string) => write(CUSTOMER, token, 7)
export const removeCustomerToken = () => remove(CUSTOMER)

export const sellerToken = () => read(SELLER)
export const setSellerToken = (token: string) => write(SELLER, token, 1)
export const removeSellerToken = () => remove(SELLER)

// A partner point owner's login (a guesthouse, a spot's shop): a day, as the seller's.
export const partnerOwnerToken = () => read(PARTNER_OWNER)
export const setPartnerOwnerToken = (token: string) => write(PARTNER_OWNER, token, 1)
export const removePartnerOwnerToken = () => remove(PARTNER_OWNER)
// The station portal's login (a village station operator's bearer token).
export const stationToken = () => read(STATION)
export const setStationToken = (token: string) => write(STATION, token, 1)
export const removeStationToken = () => remove(STATION)

/** The partner point's code and the scan's id the buyer's last QR scan left ("<code>:<scan id>"), if any. */
export const partnerScan = async () => parsePartnerScan(await read(PARTNER))

/** The browser's latest purchases as [purchase id, completed cart id], newest first. */
async function purchaseCarts(): Promise<[string, string][]> {
  const value = (await read(PURCHASES)) ?? ""
  return value.split("|").flatMap((pair) => {
    const [order, cart] = pair.split(":")
    return order && cart ? [[order, cart] as [string, string]] : []
  })
}

/** The cart this browser completed into the purchase, if it did. */
export const purchaseCartId = async (orderId: string) => (await purchaseCarts()).find(([order]) => order === orderId)?.[1]

/** Remembers the cart a purchase was completed from, keeping the latest few (the guest's way back to them). */
export async function rememberPurchase(orderId: string, cart: string) {
  const kept = (await purchaseCarts()).filter(([order]) => order !== orderId)
  const pairs = [[orderId, cart], ...kept].slice(0, KEPT_PURCHASES)
  await write(PURCHASES, pairs.map((pair) => pair.join(":")).join("|"), 90)
}
