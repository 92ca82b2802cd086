import type { CartItem } from "../../lib/data/cart"
import { pick, type Locale } from "../../lib/i18n/locales"
import { lineSize } from "../../lib/util/pack-sizes"

// How a cart line is named: its product's title in the buyer's language (the English one lives in the product's
// metadata), its pack size and its grade.

const meta = (item: CartItem, key: string) => {
  const value = item.product?.metadata?.[key]
  return typeof value === "string" ? value : undefined
}

/** A line's title and grade in the buyer's language (the English ones live in the product's metadata). */
export function lineTitle(item: CartItem, locale: Locale) {
  return pick(locale, item.title, meta(item, "title_en"))
}

/** The title with the line's pack size ("… · 2.5kg"), telling apart two sizes of one product in the cart. */
export function lineName(item: CartItem, locale: Locale) {
  const size = lineSize(item)
  return size ? `${lineTitle(item, locale)} · ${size}` : lineTitle(item, locale)
}

export function lineGrade(item: CartItem, locale: Locale) {
  const zh = meta(item, "grade_zh")
  return zh ? pick(locale, zh, meta(item, "grade_en")) : null
}
