import type { PackSize } from "@luotian/contract"
import { priceRange } from "./pack-sizes"
import { centsToDecimal, formatWeight, pricePerKgCents, toCents } from "./money"

// schema.org Product data for search engines, from a product as the page shows it. Prices are exact decimal
// strings in CNY ("88.00"), from the same integer-cent arithmetic as the page. One pack size is one Offer; several
// are an AggregateOffer (lowest and highest price, how many) holding an Offer per size with its GTIN-13.

type Size = Pick<PackSize, "variant_id" | "net_weight_g" | "price_cny" | "in_stock" | "gtin">

type Input = {
  handle: string
  title: string
  description: string
  images: string[]
  category: string
  brand: string
  seller: string
  /** Lightest first, as the catalogue sends them. */
  sizes: Size[]
}

const availability = (inStock: boolean) => `https://schema.org/${inStock ? "InStock" : "OutOfStock"}`
const decimal = (cents: bigint) => centsToDecimal(cents, false)
const grams = (value: number) => ({ "@type": "QuantitativeValue", value, unitCode: "GRM" })

const perKilogram = (perKg: bigint | null) =>
  perKg === null
    ? undefined
    : {
        "@type": "UnitPriceSpecification",
        price: decimal(perKg),
        priceCurrency: "CNY",
        referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitCode: "KGM" },
      }

function offer(size: Size & { price_cny: number }, p: Input) {
  return {
    "@type": "Offer",
    // Which size this offer sells, since one product offers several.
    name: `${p.title} · ${formatWeight(size.net_weight_g)}`,
    sku: size.variant_id,
    gtin13: size.gtin ?? undefined,
    price: decimal(toCents(size.price_cny)),
    priceCurrency: "CNY",
    availability: availability(size.in_stock),
    itemCondition: "https://schema.org/NewCondition",
    seller: { "@type": "Organization", name: p.seller },
    priceSpecification: perKilogram(pricePerKgCents(size.price_cny, size.net_weight_g)),
  }
}

function offers(p: Input) {
  const priced = p.sizes.filter((size): size is Size & { price_cny: number } => size.price_cny !== null)
  const range = priceRange(priced)
  if (!range) return undefined
  if (priced.length === 1) return offer(priced[0], p)
  return {
    "@type": "AggregateOffer",
    lowPrice: decimal(range.low),
    highPrice: decimal(range.high),
    offerCount: range.count,
    priceCurrency: "CNY",
    availability: availability(priced.some((size) => size.in_stock)),
    offers: priced.map((size) => offer(size, p)),
  }
}

export function productJsonLd(p: Input) {
  const [only] = p.sizes.length === 1 ? p.sizes : []
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.title,
    sku: p.handle,
    description: p.description || undefined,
    image: p.images.length ? p.images : undefined,
    category: p.category || undefined,
    brand: { "@type": "Brand", name: p.brand },
    gtin13: only?.gtin ?? undefined,
    weight: only?.net_weight_g ? grams(only.net_weight_g) : undefined,
    offers: offers(p),
  }
}

/** The text of a <script type="application/ld+json">: "<" escaped, so no value can close the script. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c")
