import { sizeLabel } from "../../modules/listing/name"

export const SIZE_OPTION = "规格 Size"
export const MAX_SIZES = 8

/** A pack size as the seller enters it. */
export type PackSize = { net_weight_g: number; price_cny: number; stock: number; gtin?: string }

/** The Medusa variant of a pack size: named and optioned by its weight, weighing its net weight, barcoded with its GTIN-13. */
export function packSizeVariant(size: PackSize) {
  const title = sizeLabel(size.net_weight_g).zh
  return {
    title,
    options: { [SIZE_OPTION]: title },
    weight: size.net_weight_g,
    ean: size.gtin,
    manage_inventory: true,
    prices: [{ currency_code: "cny", amount: size.price_cny }],
  }
}
