import Link from "next/link"
import type { CartItem } from "@/lib/data/cart"
import { cartTexts } from "@/lib/i18n/cart"
import type { Locale } from "@/lib/i18n/locales"
import { formatCny } from "@/lib/util/money"
import { lineSize } from "@/lib/util/pack-sizes"
import { productPath } from "@/lib/util/paths"
import { changeQuantity, removeItem } from "../actions"
import { lineGrade, lineName, lineTitle } from "../lines"

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

/** One line: title, size, grade, price, a quantity stepper (plain forms, no JavaScript needed), remove, subtotal. */
export function CartLine({ item, locale, anchor, problem }: { item: CartItem; locale: Locale; anchor: string; problem?: Problem }) {
  const t = cartTexts(locale)
  const title = lineTitle(item, locale)
  // The buttons' names carry the size: two sizes of one product are two lines.
  const name = lineName(item, locale)
  const size = lineSize(item)
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
          {size && (
            <span>
              {t.size} <span className="cart-line-size">{size}</span>
            </span>
          )}
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
            <button type="submit" name="set" value={item.quantity - 1} aria-label={t.decrease(name)} className="step">
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
            <button type="submit" name="set" value={item.quantity + 1} aria-label={t.increase(name)} className="step">
              +
            </button>
          </form>
          <form action={removeItem}>
            <LineFields item={item} locale={locale} anchor={anchor} />
            <button type="submit" aria-label={t.removeLabel(name)} className="remove">
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
