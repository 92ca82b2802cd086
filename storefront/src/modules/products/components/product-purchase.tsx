import type { ProductDetail } from "@luotian/contract"
import { cartTexts } from "@/lib/i18n/cart"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"
import { defaultSize, sizeOptions } from "@/lib/util/pack-sizes"
import { ProductBuy } from "./product-buy"

/** The product's facts and its size choice with add-to-cart, with their texts (no dictionary ships to the browser). */
export function ProductPurchase({ product, locale }: { product: ProductDetail; locale: Locale }) {
  const t = dictionary(locale)
  const c = cartTexts(locale)
  const p = t.product
  return (
    <ProductBuy
      productId={product.id}
      locale={locale}
      sizes={sizeOptions(product.sizes, locale, t.perKg)}
      initial={defaultSize(product.sizes)?.variant_id ?? null}
      grade={pick(locale, product.grade.name, product.grade.name_en)}
      facts={{ price: p.price, perKg: p.perKg, grade: p.grade, netWeight: t.netWeight, stock: p.stock, inStock: p.inStock, outOfStock: t.outOfStock }}
      cart={{ size: p.chooseSize, sizeOut: p.sizeOut, quantity: c.addQuantity, add: c.add, adding: c.adding, viewCart: c.viewCart }}
    />
  )
}
