import Link from "next/link"
import type { CartItem } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import { pick, type Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { productPath } from "@/lib/util/paths"
import { changeQuantity, removeItem } from "../actions"

const meta = (item: CartItem, key: string) => {
  const value = item.product?.metadata?.[key]
  return typeof value === "string" ? value : undefined
}

/** A line's title and grade in the buyer's language (the English ones live in the product's metadata). */
export function lineTitle(item: CartItem, locale: Locale) {
  return pick(locale, item.title, meta(item, "title_en"))
}

export function lineGrade(item: CartItem, locale: Locale) {
  const zh = meta(item, "grade_zh")
  return zh ? pick(locale, zh, meta(item, "grade_en")) : null
}

type Problem = { message: string; typed?: string }

/** Hidden fields every line form carries: the page's language, the line, and the group to come back to. */
function LineFields({ item, locale, anchor }: { item: CartItem; locale: Locale; anchor: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="item_id" value={item.id} />
      <input type="hidden" name="anchor" value={anchor} />
    </>
  )
}

/** One line: title, grade, price, a quantity stepper (plain forms, no JavaScript needed), remove, subtotal. */
export function CartLine({ item, locale, anchor, problem }: { item: CartItem; locale: Locale; anchor: string; problem?: Problem }) {
  const t = cartTexts(locale)
  const title = lineTitle(item, locale)
  const grade = lineGrade(item, locale)
  const inputId = `quantity-${item.id}`
  const errorId = `problem-${item.id}`
  return (
    <li className="cart-line">
      {item.thumbnail && <img src={item.thumbnail} alt="" width={64} height={64} />}
      <div className="cart-line-body">
        <p className="cart-line-title">
          {item.product_handle ? <Link href={productPath(locale, item.product_handle)}>{title}</Link> : title}
        </p>
        <p className="cart-line-meta">
          {grade && (
            <span>
              {t.grade} <span className="badge">{grade}</span>
            </span>
          )}
          <span>
            {t.unitPrice} {formatCny(item.unit_price, locale)}
          </span>
        </p>
        <div className="cart-line-controls">
          <form action={changeQuantity}>
            <LineFields item={item} locale={locale} anchor={anchor} />
            <button type="submit" name="set" value={item.quantity - 1} aria-label={t.decrease(title)} className="step">
              −
            </button>
          </form>
          <form action={changeQuantity} className="quantity-form">
            <LineFields item={item} locale={locale} anchor={anchor} />
            <label htmlFor={inputId} className="visually-hidden">
              {t.quantity}
            </label>
            <input
              id={inputId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={0}
              max={99}
              defaultValue={problem?.typed ?? item.quantity}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
            />
            <button type="submit">{t.update}</button>
          </form>
          <form action={changeQuantity}>
            <LineFields item={item} locale={locale} anchor={anchor} />
            <button type="submit" name="set" value={item.quantity + 1} aria-label={t.increase(title)} className="step">
              +
            </button>
          </form>
          <form action={removeItem}>
            <LineFields item={item} locale={locale} anchor={anchor} />
            <button type="submit" aria-label={t.removeLabel(title)} className="remove">
              {t.remove}
            </button>
          </form>
        </div>
        {problem && (
          <p id={errorId} role="alert" className="field-error">
            {problem.message}
          </p>
        )}
        <p className="cart-line-total">
          {t.lineTotal} <strong>{formatCny(item.subtotal, locale)}</strong>
        </p>
      </div>
    </li>
  )
}
