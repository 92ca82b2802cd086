import type { ProductCard } from "@luotian/contract"
import { cartTexts } from "@/lib/i18n/cart"
import type { Locale } from "@/lib/i18n/locales"
import { AddToCart } from "./add-to-cart"

/** The add-to-cart form of a product that can be bought (in stock, priced in CNY), with its texts. */
export function AddToCartForm({ product, locale }: { product: Pick<ProductCard, "id" | "in_stock" | "price_cny">; locale: Locale }) {
  if (!product.in_stock || product.price_cny === null) return null
  const t = cartTexts(locale)
  return <AddToCart productId={product.id} locale={locale} labels={{ quantity: t.addQuantity, add: t.add, adding: t.adding, viewCart: t.viewCart }} />
}
