import Link from "next/link"
import { categories } from "@/lib/i18n/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import type { Locale } from "@/lib/i18n/locales"

export function CategoryList({ locale }: { locale: Locale }) {
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{dictionary(locale).categoriesTitle}</h2>
      <ul className="category-list">
        {categories(locale).map((category) => (
          <li key={category.handle}>
            <Link href={`/${locale}/products?category=${category.handle}`} className={`category category-${category.handle}`}>
              <span className="category-name">{category.name}</span>
              <span className="category-blurb">{category.blurb}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
