import { centsToDecimal, pricePerKgCents, toCents } from "./money"

// schema.org Product data for search engines, from a product as the page shows it. Prices are exact decimal
// strings in CNY ("88.00"), from the same integer-cent arithmetic as the page.

type Input = {
  handle: string
  title: string
  description: string
  images: string[]
  category: string
  brand: string
  seller: string
  price_cny: number | string | null
  net_weight_g: number | null
  in_stock: boolean
}

const perKilogram = (perKg: bigint | null) =>
  perKg === null
    ? undefined
    : {
        "@type": "UnitPriceSpecification",
        price: centsToDecimal(perKg, false),
        priceCurrency: "CNY",
        referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitCode: "KGM" },
      }

export function productJsonLd(p: Input) {
  const offers =
    p.price_cny === null
      ? undefined
      : {
          "@type": "Offer",
          price: centsToDecimal(toCents(p.price_cny), false),
          priceCurrency: "CNY",
          availability: `https://schema.org/${p.in_stock ? "InStock" : "OutOfStock"}`,
          itemCondition: "https://schema.org/NewCondition",
          seller: { "@type": "Organization", name: p.seller },
          priceSpecification: perKilogram(pricePerKgCents(p.price_cny, p.net_weight_g)),
        }
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.title,
    sku: p.handle,
    description: p.description || undefined,
    image: p.images.length ? p.images : undefined,
    category: p.category || undefined,
    brand: { "@type": "Brand", name: p.brand },
    weight: p.net_weight_g ? { "@type": "QuantitativeValue", value: p.net_weight_g, unitCode: "GRM" } : undefined,
    offers,
  }
}

/** The text of a <script type="application/ld+json">: "<" escaped, so no value can close the script. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c")
