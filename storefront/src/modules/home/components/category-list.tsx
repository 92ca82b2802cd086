import Link from "next/link"
import type { Category } from "@/lib/data/categories"
import { dictionary } from "@/lib/i18n/dictionary"
import { pick, type Locale } from "@/lib/i18n/locales"

export function CategoryList({ categories, locale }: { categories: Category[]; locale: Locale }) {
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{dictionary(locale).categoriesTitle}</h2>
      <ul className="category-list">
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={`/${locale}/products?category=${category.handle}`} className={`category category-${category.handle}`}>
              {pick(locale, category.name, category.name_en)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
