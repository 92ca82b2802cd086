import { actorHeaders } from "./actor-headers"
import { medusa } from "./client"
import { cartId, customerToken } from "./cookies"
import type { Purchase } from "./purchases"

/** GET /store/customers/me: who is logged in. */
export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const statusOf = (error: unknown) => (error as { status?: number }).status

/** Reads a customer's own route; null when nobody is logged in or the login has expired (401). */
async function asCustomer<T>(path: string): Promise<T | null> {
  const token = await customerToken()
  if (!token) return null
  try {
    return await medusa().client.fetch<T>(path, { headers: bearer(token), cache: "no-store" })
  } catch (error) {
    if (statusOf(error) === 401) return null
    throw error
  }
}

export async function currentCustomer() {
  return (await asCustomer<{ customer: Customer }>("/store/customers/me"))?.customer ?? null
}

/** The logged-in customer's purchases, newest first, each with its seller parts; null when not logged in. */
export function customerPurchases(limit: number, offset: number) {
  return asCustomer<{ purchases: Purchase[]; count: number }>(`/store/customers/me/purchases?limit=${limit}&offset=${offset}`)
}

/** A message to the buyer: a parcel waiting at a station, with its pickup code and where to collect it. */
export type CustomerMessage = {
  id: string
  template: string
  created_at: string
  data: { code?: string; order_display_id?: number; station?: { name: string; name_en: string; address: string; hours: string } }
}

/** The logged-in customer's messages, newest first; null when not logged in. */
export async function customerMessages() {
  return (await asCustomer<{ messages: CustomerMessage[] }>("/store/customers/me/messages"))?.messages ?? null
}

/** A login token for the e-mail and password; throws Medusa's 401 when they don't match. */
export async function logInCustomer(email: string, password: string) {
  const { token } = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    headers: await actorHeaders(),
    body: { email, password },
  })
  return token
}

/** Registers the login, then the customer it belongs to (name in one field, as the address form has it); returns a login token. */
export async function registerCustomer(name: string, email: string, password: string) {
  const { token } = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    headers: await actorHeaders(),
    body: { email, password },
  })
  await medusa().client.fetch("/store/customers", {
    method: "POST",
    headers: bearer(token),
    body: { email, first_name: name, last_name: "" },
  })
  return logInCustomer(email, password)
}

/** The guest cart of this browser, if any, becomes the customer's. */
export async function adoptCart(token: string) {
  const id = await cartId()
  if (!id) return
  try {
    await medusa().client.fetch(`/store/carts/${encodeURIComponent(id)}/customer`, { method: "POST", headers: bearer(token) })
  } catch {
    // A cart already completed or gone needs no owner; logging in must not fail over it.
  }
}
