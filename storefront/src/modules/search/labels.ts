import { facetLabel, type FacetLabels } from "@luotian/contract"
import { categories } from "@/lib/i18n/categories"
import { pick, type Locale } from "@/lib/i18n/locales"

/** A facet value in the buyer's language; the raw value when no product names it any more. */
export function facetName(labels: FacetLabels, field: keyof FacetLabels, value: string, locale: Locale) {
  if (field === "category") {
    const known = categories(locale).find((category) => category.handle === value)
    if (known) return known.name
  }
  const label = facetLabel(labels, field, value)
  return label ? pick(locale, label.name, label.name_en) : value
}
