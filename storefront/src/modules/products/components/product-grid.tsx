import type { ProductCard as Card } from "@luotian/contract"
import type { Locale } from "@/lib/i18n/locales"
import { ProductCard } from "./product-card"

export function ProductGrid({ products, locale }: { products: Card[]; locale: Locale }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
