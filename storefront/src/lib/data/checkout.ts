import type { CompleteAnswer } from "../util/payment"
import { asBuyer, availableQuantities, setItemQuantity, type Cart } from "./cart"

type Address = Record<string, string>

/** The payment providers the cart's region offers (GET /store/payment-providers). */
export async function regionProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await asBuyer<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    query: { region_id: regionId },
  })
  return payment_providers.map((provider) => provider.id)
}

export async function saveContact(cart: Pick<Cart, "id">, email: string, address: Address) {
  await asBuyer(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { email, shipping_address: address, billing_address: address },
    query: { fields: "id" },
  })
}

/**
 * Medusa prices a line when it is added or changed, not when a seller later changes the price: setting each
 * line to its own quantity makes it price the goods again, so the total compared before placing is today's.
 */
export async function repriceItems(cart: Cart) {
  for (const item of cart.items) await setItemQuantity(cart, item.id, item.quantity)
}

type Session = { id: string; provider_id: string; data: { client_secret?: string } }

/** A payment session with the provider for the cart's current total (made again if the cart changed since). */
export async function startPayment(cart: Cart, providerId: string): Promise<Session> {
  const collectionId =
    cart.payment_collection?.id ??
    (await asBuyer<{ payment_collection: { id: string } }>("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } }))
      .payment_collection.id
  const { payment_collection } = await asBuyer<{ payment_collection: { payment_sessions: Session[] } }>(
    `/store/payment-collections/${collectionId}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } }
  )
  const session = payment_collection.payment_sessions.find((s) => s.provider_id === providerId)
  if (!session) throw new Error(`No payment session with ${providerId}`)
  return session
}

export async function completeCart(cartId: string): Promise<CompleteAnswer> {
  return asBuyer<CompleteAnswer>(`/store/carts/${encodeURIComponent(cartId)}/complete`, { method: "POST", query: { fields: "id" } })
}

/** The lines asking for more than is left in stock (Medusa's "not enough inventory" does not say which). */
export async function shortLines(cart: Cart) {
  const available = await availableQuantities([...new Set(cart.items.map((item) => item.product_id))])
  return cart.items
    .filter((item) => item.quantity > (available.get(item.variant_id) ?? 0))
    .map((item) => ({ item, available: available.get(item.variant_id) ?? 0 }))
}
