import { timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isPart } from "./shape"

/**
 * A guest proves a purchase is theirs with the id of the cart they completed into it, in this header. Why the cart id:
 * only the buyer's browser (an httpOnly cookie) and the storefront's server ever hold it; it is in no answer a seller,
 * another buyer or the association's statements get (seller orders and statements name the purchase, never its cart);
 * it is as unguessable as an order id; and it already guards the same data in Medusa's own GET /store/carts/:id.
 * It works the same whether the buyer completed the cart or Stripe's webhook did (a token made at placement would never
 * reach a buyer who paid in a wallet and did not come back). The purchase id alone proves nothing: sellers know it.
 */
export const PURCHASE_CART_HEADER = "x-purchase-cart-id"

/** Who asks: the logged-in customer (Medusa's bearer or session, set on every store route) and the secret sent. */
export type Reader = { customerId?: string; cartId?: string }

export function readerOf(req: MedusaRequest): Reader {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  const header = req.headers[PURCHASE_CART_HEADER]
  return {
    customerId: auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined,
    cartId: typeof header === "string" && header ? header : undefined,
  }
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

type Owned = { customer_id?: string | null; share?: { id: string } | null; cart?: { id: string } | null }

/** A purchase is its customer's, and the guest's who holds the cart it was completed from; nobody else's. */
export function mayRead(order: Owned, reader: Reader) {
  if (isPart(order)) return false
  if (reader.customerId && order.customer_id === reader.customerId) return true
  return Boolean(reader.cartId && order.cart?.id && same(order.cart.id, reader.cartId))
}

export const ACCESS_FIELDS = ["customer_id", "share.id", "cart.id"]

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)

async function orderById(scope: MedusaContainer, id: string, fields: string[]) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [...new Set(["id", ...fields])],
    filters: { id },
  })
  return data[0] as (Owned & Record<string, any>) | undefined
}

/** The order if the reader may read it as a purchase; otherwise not found, whether or not it exists. */
export async function readableOrder(scope: MedusaContainer, id: string, reader: Reader, fields: string[] = []) {
  const order = await orderById(scope, id, [...ACCESS_FIELDS, ...fields])
  if (!order || !mayRead(order, reader)) throw notFound(id)
  return order
}

/** Medusa's GET /store/orders/:id (public by id) and transfer request: the purchase's reader only. */
export async function onlyPurchaseReaders(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await readableOrder(req.scope, req.params.id, readerOf(req))
  next()
}

/** Medusa's other order routes (transfer accept, decline, cancel, with their own secrets): never a seller's part. */
export async function noSellerParts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const order = await orderById(req.scope, req.params.id, ["share.id"])
  if (order && isPart(order)) throw notFound(req.params.id)
  next()
}
