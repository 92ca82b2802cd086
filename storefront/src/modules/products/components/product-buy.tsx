"use client"
import { useState } from "react"
import type { Locale } from "@/lib/i18n/locales"
import type { SizeOption } from "@/lib/util/pack-sizes"
import { AddToCart, type CartLabels } from "./add-to-cart"
import { ProductFacts, type FactLabels } from "./product-facts"

type Props = {
  productId: string
  locale: Locale
  sizes: SizeOption[]
  /** The size chosen when the page opens (without script, the one the form posts unless the buyer picks another). */
  initial: string | null
  grade: string
  facts: FactLabels
  cart: CartLabels
}

/** The facts of the chosen size and the form that puts it in the cart: choosing a size changes both. */
export function ProductBuy({ productId, locale, sizes, initial, grade, facts, cart }: Props) {
  const [chosen, choose] = useState(initial)
  const size = sizes.find((s) => s.variant_id === chosen) ?? null
  return (
    <>
      <ProductFacts size={size} grade={grade} labels={facts} />
      {sizes.some((s) => s.buyable) && <AddToCart productId={productId} locale={locale} labels={cart} sizes={sizes} chosen={chosen} onChoose={choose} />}
    </>
  )
}
