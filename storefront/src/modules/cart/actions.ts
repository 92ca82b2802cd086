"use server"
import { redirect } from "next/navigation"
import { addLineItem, asBuyer, availableQuantities, chooseShippingOption, ensureCart, openCart, removeLineItem, setItemQuantity, type Cart } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import { DEFAULT_LOCALE, isLocale, pick, type Locale } from "@/lib/i18n/locales"
import { failureOf, type Failure } from "@/lib/util/payment"
import { quantityFrom } from "./groups"
import { carryPartnerScan } from "@/lib/data/partners"

/** What the add-to-cart form shows after a try; the quantity typed is kept for a second try. */
export type AddState = { status: "idle" | "added" | "error"; message: string; quantity: string }

const localeOf = (form: FormData): Locale => {
  const value = form.get("locale")
  return typeof value === "string" && isLocale(value) ? value : DEFAULT_LOCALE
}
const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

type Listing = { variantId: string; title: string }
type Variant = { id: string; title: string | null }
type Found = Listing | "gone" | "no_size" | "size_gone"

/**
 * The pack size (variant) the buyer chose of the product, named "title · size" in the buyer's language. A product
 * of one size needs no choice; a size that is no longer sold is refused rather than swapped for another.
 */
async function listing(productId: string, variantId: string, locale: Locale): Promise<Found> {
  let product: { title: string; metadata: Record<string, unknown> | null; variants: Variant[] }
  try {
    product = (
      await asBuyer<{ product: typeof product }>(`/store/products/${encodeURIComponent(productId)}`, {
        query: { fields: "id,title,metadata,variants.id,variants.title" },
      })
    ).product
  } catch (error) {
    if ((error as { status?: number }).status === 404) return "gone"
    throw error
  }
  const variants = product.variants ?? []
  if (!variants.length) return "gone"
  const variant = variantId ? variants.find((v) => v.id === variantId) : variants.length === 1 ? variants[0] : undefined
  if (!variant) return variantId ? "size_gone" : "no_size"
  const title = pick(locale, product.title, product.metadata?.title_en as string | undefined)
  return { variantId: variant.id, title: variant.title ? `${title} · ${variant.title}` : title }
}

/** "Not enough in stock", with how many can still be bought and how many the cart already holds. */
async function shortageMessage(cart: Cart, productId: string, { variantId, title }: Listing, locale: Locale) {
  const t = cartTexts(locale)
  const available = (await availableQuantities([productId])).get(variantId) ?? 0
  const inCart = cart.items.filter((item) => item.variant_id === variantId).reduce((sum, item) => sum + item.quantity, 0)
  return inCart ? t.notEnoughInCart(title, available, inCart) : t.notEnough(title, available)
}

const failureMessage = (failure: Failure, locale: Locale) => (failure === "unreachable" ? cartTexts(locale).unreachable : cartTexts(locale).failed)

/** The product page's form: creates the cart if there is none and adds the listing. */
export async function addToCart(_: AddState, form: FormData): Promise<AddState> {
  const locale = localeOf(form)
  const t = cartTexts(locale)
  const typed = text(form, "quantity")
  const quantity = quantityFrom(typed)
  const answer = (status: AddState["status"], message: string): AddState => ({ status, message, quantity: typed })
  if (!quantity) return answer("error", t.badQuantity)
  const productId = text(form, "product_id")
  try {
    const found = await listing(productId, text(form, "variant_id"), locale)
    if (found === "gone") return answer("error", t.gone)
    if (found === "no_size") return answer("error", t.chooseSize)
    if (found === "size_gone") return answer("error", t.sizeGone)
    const cart = await ensureCart()
    try {
      await addLineItem(cart, found.variantId, quantity)
    } catch (error) {
      if (failureOf(error) !== "out_of_stock") throw error
      return answer("error", await shortageMessage(cart, productId, found, locale))
    }
    // The point whose QR code the buyer scanned goes with the cart (a Stripe webhook may complete it without us).
    await carryPartnerScan(cart.id)
    return answer("added", t.added(quantity))
  } catch (error) {
    console.error(`storefront: add to cart failed: ${(error as Error).message}`)
    return answer("error", failureMessage(failureOf(error), locale))
  }
}

/** Where the cart page goes after a change: back to the seller's group it was made in, saying what went wrong if anything did. */
function cartPath(form: FormData, problem?: Record<string, string>) {
  const anchor = /^seller-[a-z0-9-]{1,80}$/.test(text(form, "anchor")) ? text(form, "anchor") : "cart-title"
  return `/${localeOf(form)}/cart${problem ? `?${new URLSearchParams(problem)}` : ""}#${anchor}`
}

/** Runs a change to the open cart; a failure becomes the problem the cart page shows (nothing is lost). */
async function change(form: FormData, run: (cart: Cart) => Promise<void | Record<string, string>>): Promise<never> {
  let problem: Record<string, string> | undefined
  try {
    const cart = await openCart()
    if (cart) problem = (await run(cart)) ?? undefined
  } catch (error) {
    const failure = failureOf(error)
    if (failure !== "unreachable") console.error(`storefront: cart change failed: ${(error as Error).message}`)
    problem = { problem: failure === "unreachable" ? "unreachable" : "failed" }
  }
  redirect(cartPath(form, problem))
}

/** The stepper (−/+ post `set`) or the typed quantity; 0 removes the line. */
export async function changeQuantity(form: FormData) {
  const itemId = text(form, "item_id")
  const typed = form.has("set") ? text(form, "set") : text(form, "quantity")
  const quantity = quantityFrom(typed)
  await change(form, async (cart): Promise<Record<string, string> | void> => {
    const item = cart.items.find((line) => line.id === itemId)
    if (!item) return
    if (quantity === null) return { problem: "quantity", item: itemId, typed }
    try {
      if (quantity === 0) await removeLineItem(cart, itemId)
      else await setItemQuantity(cart, itemId, quantity)
    } catch (error) {
      if (failureOf(error) !== "out_of_stock") throw error
      const available = (await availableQuantities([item.product_id])).get(item.variant_id) ?? 0
      return { problem: "stock", item: itemId, available: String(available), typed }
    }
  })
}

export async function removeItem(form: FormData) {
  const itemId = text(form, "item_id")
  await change(form, async (cart) => {
    if (cart.items.some((line) => line.id === itemId)) await removeLineItem(cart, itemId)
  })
}

export async function chooseDelivery(form: FormData) {
  const optionId = text(form, "option_id")
  await change(form, async (cart) => {
    if (optionId) await chooseShippingOption(cart, optionId)
  })
}
