import type { ListingImport, PayoutAccount, PayoutOrder, Renditions, Seller, SellerBalance, SellerPayout } from "@luotian/contract"
import { notFound, redirect } from "next/navigation"
import { cache } from "react"
import type { Locale } from "@/lib/i18n/locales"
import type { ListingLike } from "./utils/listings"
import type { OrderLike } from "./utils/orders"
import { actorHeaders } from "@/lib/data/actor-headers"
import { medusa } from "@/lib/data/client"
import { sellerToken } from "@/lib/data/cookies"

// The seller portal reads the seller's own data from /vendors/me/* with the seller's bearer token (kept in an
// httpOnly cookie); the backend scopes every answer to that seller. Never cached: each page shows what is true now.

export type SellerUser = { id: string; email: string; role: "owner" | "staff" | string }

export type Listing = ListingLike & {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  // Its photos in order, each with its renditions (see the photo manager).
  images?: { id: string; url: string; metadata: { renditions?: Renditions } | null }[]
  metadata: Record<string, unknown> & { title_en?: string; description_en?: string }
  categories?: { handle: string }[]
  // The association's record of the listing: its grade and review (each pack size's weight is its variant's).
  listing: {
    grade_code: string
    status: string
    reason: string | null
    submitted_at: string | null
    decided_at: string | null
    grade: { name: string; name_en: string } | null
  } | null
}

export type Address = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}
export type OrderItem = { id: string; title: string; variant_title: string | null; thumbnail: string | null; quantity: number; unit_price: number | string }
export type Fulfillment = {
  id: string
  shipped_at: string | null
  canceled_at: string | null
  metadata: { method?: string; carrier?: string; station?: string } | null
  labels?: { tracking_number: string; tracking_url: string | null }[]
}
export type SellerOrder = OrderLike & {
  id: string
  display_id: number
  email: string | null
  currency_code: string
  total: number | string
  item_total: number | string
  shipping_total: number | string
  metadata: Record<string, unknown> | null
  summary: { paid_total?: number | string; refunded_total?: number | string; pending_difference?: number | string } | null
  shipping_address: Address | null
  items: OrderItem[]
  shipping_methods: { id: string; name: string; amount: number | string }[]
  fulfillments: Fulfillment[]
}

export type Member = { id: string; name: string; village: string; phone: string | null; id_number: string; poor_household: boolean; joined_at: string }
export type Totals = { gross: string; fee: string; refunds: string; net: string }
export type StatementMonth = { month: string; currency_code: string; order_count: number; totals: Totals }
export type Statement = {
  month: string
  currency_code: string
  fee_rate: string
  totals: Totals
  // A seller is never told the buyer's purchase (nor its id): only its own order.
  orders: ({ order_id: string; display_id: number; placed_at: string } & Totals)[]
  // What the seller owes the partner points (scenic spots, guesthouses) that brought its orders, apart from the sales.
  referrals?: { lines: ReferralLine[]; total: string }
}
export type ReferralLine = {
  order_id: string
  display_id: number | null
  partner: { code: string; name: string; name_en: string } | null
  rate: string
  base: string
  amount: string
}

export type UnifiedName = { code: string; zh: string; en: string }
export type ListingCategory = { handle: string; name: string; name_en: string; unified_names: UnifiedName[] }

export type PortalSession = { token: string; locale: Locale; here: string; seller: Seller; user: SellerUser }

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, string> }

/** A failed call: its HTTP status (0 when the backend could not be reached) and the backend's message. */
export class PortalError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

/** One call to the backend as the seller (no token: anonymous, e.g. to log in); throws a PortalError on any non-2xx answer. */
export async function asSeller<T>(token: string, path: string, { method = "GET", body, query }: Init = {}): Promise<T> {
  try {
    return await medusa().client.fetch<T>(path, { method, body, query, headers: await actorHeaders(token), cache: "no-store" })
  } catch (error) {
    const { status, message } = error as { status?: number; message: string }
    throw new PortalError(status ?? 0, message)
  }
}

export const loginPath = (locale: Locale, next?: string, reason?: "expired" | "out") => {
  const query = new URLSearchParams({ ...(next && { next }), ...(reason && { reason }) }).toString()
  return `/${locale}/portal/login${query ? `?${query}` : ""}`
}

/** The logged-in seller user and its seller; null without a valid token. Read once per request. */
export const currentSeller = cache(async (token: string | undefined) => {
  if (!token) return null
  try {
    return await asSeller<{ seller: Seller; user: SellerUser }>(token, "/vendors/me")
  } catch (error) {
    if ((error as PortalError).status === 401) return null
    throw error
  }
})

/**
 * The session a portal page works in. Without a login the page sends the seller to log in and come back (`here`);
 * with an expired one, the same with a message.
 */
export async function portalSession(locale: Locale, here: string): Promise<PortalSession> {
  const token = await sellerToken()
  if (!token) redirect(loginPath(locale, here))
  const me = await currentSeller(token)
  if (!me) redirect(loginPath(locale, here, "expired"))
  return { token, locale, here, ...me }
}

/** A read of the page: an expired login goes back to the login page; another seller's record (a 404) is null. */
async function readOrNull<T>(session: PortalSession, path: string, query?: Record<string, string>): Promise<T | null> {
  try {
    return await asSeller<T>(session.token, path, { query })
  } catch (error) {
    if (!(error instanceof PortalError) || (error.status !== 401 && error.status !== 404)) throw error
    if (error.status === 401) redirect(loginPath(session.locale, session.here, "expired"))
    return null
  }
}

/** The same read, another seller's record being the not-found page. */
const read = async <T>(session: PortalSession, path: string, query?: Record<string, string>): Promise<T> =>
  (await readOrNull<T>(session, path, query)) ?? notFound()

const id = (value: string) => encodeURIComponent(value)

/** The import the bulk listings page shows: the one named in its address, else the seller's latest. */
export const listingImport = async (s: PortalSession, importId?: string) =>
  importId
    ? (await read<{ import: ListingImport }>(s, `/vendors/me/listing-imports/${id(importId)}`)).import
    : (await read<{ imports: ListingImport[] }>(s, "/vendors/me/listing-imports")).imports[0]
export const listings = async (s: PortalSession) => (await read<{ products: Listing[] }>(s, "/vendors/me/products")).products
/** The listings with a size stocked at or below `atMost` (the overview's warnings), read without the rest. */
export const listingsRunningLow = async (s: PortalSession, atMost: number) =>
  (await read<{ products: Listing[] }>(s, "/vendors/me/products", { stock_at_most: String(atMost) })).products
/** One page of the seller's listings, in the order they were listed, and how many there are in all. */
export const listingPage = async (s: PortalSession, page: number, size: number) =>
  read<{ products: Listing[]; count: number }>(s, "/vendors/me/products", { limit: String(size), offset: String((page - 1) * size) })
/** One of the seller's listings, or null when it is not (or no longer) the seller's. */
export const ownListingOrNull = async (s: PortalSession, productId: string) =>
  (await readOrNull<{ product: Listing }>(s, `/vendors/me/products/${id(productId)}`))?.product ?? null
export const listing = async (s: PortalSession, productId: string) => (await ownListingOrNull(s, productId)) ?? notFound()
export const sellerOrders = async (s: PortalSession) => (await read<{ orders: SellerOrder[] }>(s, "/vendors/me/orders")).orders
export const sellerOrder = async (s: PortalSession, orderId: string) => (await read<{ order: SellerOrder }>(s, `/vendors/me/orders/${id(orderId)}`)).order
export const members = async (s: PortalSession) => (await read<{ members: Member[] }>(s, "/vendors/me/members")).members
export const statementMonths = async (s: PortalSession) => (await read<{ months: StatementMonth[] }>(s, "/vendors/me/statements")).months
export const statement = async (s: PortalSession, month: string, currency = "cny") =>
  (await read<{ statement: Statement }>(s, `/vendors/me/statements/${id(month)}`, { currency_code: currency })).statement

export type BalanceAnswer = {
  balance: SellerBalance
  account: PayoutAccount | null
  settings: { release_after_days: number; minimum_payout: string }
}
export const balance = (s: PortalSession) => read<BalanceAnswer>(s, "/vendors/me/balance")
export const payouts = async (s: PortalSession) => (await read<{ payouts: SellerPayout[] }>(s, "/vendors/me/payouts")).payouts
export const payout = (s: PortalSession, payoutId: string) => read<{ payout: SellerPayout; orders: PayoutOrder[] }>(s, `/vendors/me/payouts/${id(payoutId)}`)

/** The categories a seller may list in, with the association's unified product names (cached 5 min). */
export const listingCategories = cache(async (): Promise<ListingCategory[]> => {
  const { product_categories } = await medusa().client.fetch<{ product_categories: { handle: string; name: string; metadata: Record<string, any> | null }[] }>(
    "/store/product-categories",
    { query: { fields: "handle,name,metadata", limit: "50" }, next: { revalidate: 300, tags: ["categories"] } }
  )
  return product_categories.map((c) => ({
    handle: c.handle,
    name: c.name,
    name_en: String(c.metadata?.name_en ?? c.name),
    unified_names: Array.isArray(c.metadata?.unified_names) ? c.metadata.unified_names : [],
  }))
})

// Household incomes (the ledger): the seller's own households and their entries.
export type LedgerHousehold = import("@luotian/contract").LedgerHouseholdRow
export type LedgerEntry = import("@luotian/contract").LedgerEntryView
export const ledgerHouseholds = (s: PortalSession, month: string) =>
  read<{ month: string; households: LedgerHousehold[]; totals: import("@luotian/contract").LedgerTotals }>(s, "/vendors/me/ledger/households", { month })
export const ledgerHousehold = (s: PortalSession, memberId: string, month: string) =>
  read<{ household: LedgerHousehold; entries: LedgerEntry[] }>(s, `/vendors/me/ledger/households/${id(memberId)}`, { month })
