"use client"
import Link from "next/link"
import { useActionState } from "react"
import type { Locale } from "@/lib/i18n/locales"
import type { SizeOption } from "@/lib/util/pack-sizes"
import { addToCart, type AddState } from "@/modules/cart/actions"
import "@/modules/cart/cart.css"

export type CartLabels = { size: string; sizeOut: string; quantity: string; add: string; adding: string; viewCart: string }

type Props = {
  productId: string
  locale: Locale
  labels: CartLabels
  sizes: SizeOption[]
  chosen: string | null
  onChoose: (variantId: string) => void
}

/**
 * The size (a radio per pack size, sold-out ones disabled), quantity and "add to cart", posting to a server action
 * (works without JavaScript too). The product page stays cached: only the action reads the cart cookie. Texts come
 * from the page so no dictionary ships to the browser.
 */
export function AddToCart({ productId, locale, labels, sizes, chosen, onChoose }: Props) {
  const [state, action, pending] = useActionState<AddState, FormData>(addToCart, { status: "idle", message: "", quantity: "1" })
  const failed = state.status === "error"
  return (
    <form action={action} className="add-to-cart" noValidate>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="size-choice">
        <legend>{labels.size}</legend>
        {sizes.map((size) => (
          <label key={size.variant_id} className={size.buyable ? undefined : "size-off"}>
            <input
              type="radio"
              name="variant_id"
              value={size.variant_id}
              checked={chosen === size.variant_id}
              onChange={() => onChoose(size.variant_id)}
              disabled={!size.buyable}
            />
            <span className="size-weight">{size.weight}</span>
            {size.price && <span className="size-price">{size.price}</span>}
            {size.perKg && <span className="per-kg">{size.perKg}</span>}
            {!size.in_stock && <span className="size-out">{labels.sizeOut}</span>}
          </label>
        ))}
      </fieldset>
      <label htmlFor="add-quantity">{labels.quantity}</label>
      <div className="add-to-cart-row">
        <input
          id="add-quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          defaultValue={state.quantity}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? "add-message" : undefined}
        />
        <button type="submit" disabled={pending}>
          {pending ? labels.adding : labels.add}
        </button>
      </div>
      <p id="add-message" role={failed ? "alert" : "status"} className={failed ? "field-error" : "added"}>
        {state.message}{" "}
        {state.status === "added" && <Link href={`/${locale}/cart`}>{labels.viewCart}</Link>}
      </p>
    </form>
  )
}
