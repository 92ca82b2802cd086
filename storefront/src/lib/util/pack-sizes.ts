import type { PackSize } from "@luotian/contract"
import type { Locale } from "../i18n/locales"
import { formatCny, formatCnyCents, formatWeight, pricePerKgCents, toCents } from "./money"

// A product's pack sizes (its variants) as the shop shows them: "from ¥…", the sizes in a line, the best price per
// kg and, on the product page, one choice per size. Prices stay exact (integer cents) as everywhere else.

type Size = Pick<PackSize, "net_weight_g" | "price_cny" | "in_stock">

/** A size a buyer can put in the cart: in stock and priced in CNY. */
export const isBuyable = (size: Size) => size.in_stock && size.price_cny !== null

/** The size a product page starts on: the lightest one that can be bought, else the lightest. */
export function defaultSize<S extends Size>(sizes: S[]): S | null {
  return sizes.find(isBuyable) ?? sizes[0] ?? null
}

/** "1.5 kg · 2.5 kg · 5 kg" (the sizes come lightest first). */
export const sizeList = (sizes: Pick<PackSize, "net_weight_g">[]) =>
  sizes.flatMap((size) => formatWeight(size.net_weight_g) ?? []).join(" · ")

/** The lowest and highest price of the priced sizes, in cents, and how many are priced; null when none is. */
export function priceRange(sizes: Size[]): { low: bigint; high: bigint; count: number } | null {
  const cents = sizes.flatMap((size) => (size.price_cny === null ? [] : [toCents(size.price_cny)]))
  if (!cents.length) return null
  const low = cents.reduce((a, b) => (b < a ? b : a))
  const high = cents.reduce((a, b) => (b > a ? b : a))
  return { low, high, count: cents.length }
}

/** A product's price as a card shows it: its one price, or `from` the lowest ("¥60.00 起") when its sizes cost differently. */
export function fromPrice(sizes: Size[], locale: Locale, from: (price: string) => string): string | null {
  const range = priceRange(sizes)
  if (!range) return null
  const low = formatCnyCents(range.low, locale)
  return range.low === range.high ? low : from(low)
}

/** The priced size whose kilogram costs least (the lighter one on a tie), with that price per kg in cents. */
export function cheapestPerKg<S extends Size>(sizes: S[]): { size: S; perKg: bigint } | null {
  let best: { size: S; perKg: bigint } | null = null
  for (const size of sizes) {
    const perKg = size.price_cny === null ? null : pricePerKgCents(size.price_cny, size.net_weight_g)
    if (perKg !== null && (!best || perKg < best.perKg)) best = { size, perKg }
  }
  return best
}

/** One size as the product page offers it: every text already in the buyer's language, so no dictionary ships. */
export type SizeOption = {
  variant_id: string
  weight: string
  price: string | null
  perKg: string | null
  in_stock: boolean
  buyable: boolean
}

/** The sizes as choices: weight, price and price per kg ("¥36.80 / 千克", `perKgUnit` being the unit's word). */
export function sizeOptions(sizes: PackSize[], locale: Locale, perKgUnit: string): SizeOption[] {
  return sizes.map((size) => {
    const perKg = size.price_cny === null ? null : pricePerKgCents(size.price_cny, size.net_weight_g)
    return {
      variant_id: size.variant_id,
      weight: formatWeight(size.net_weight_g) ?? `${size.net_weight_g} g`,
      price: size.price_cny === null ? null : formatCny(size.price_cny, locale),
      perKg: perKg === null ? null : `${formatCnyCents(perKg, locale)} / ${perKgUnit}`,
      in_stock: size.in_stock,
      buyable: isBuyable(size),
    }
  })
}

/**
 * The pack size of a cart or order line: its variant's title ("2.5kg"), or null when the variant names no size of
 * its own (none, or the product's title again).
 */
export function lineSize(line: { title?: string | null; variant_title?: string | null }): string | null {
  const size = line.variant_title?.trim()
  return size && size !== line.title?.trim() ? size : null
}
