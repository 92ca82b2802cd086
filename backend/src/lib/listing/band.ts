import { MathBN } from "@medusajs/framework/utils"

export type Band = { price_min: unknown; price_max: unknown; price_unit: "kg" | "unit" }

const fen = (value: unknown) => MathBN.convert(value as any).toFixed(2)

/** The listing's price per kg (or per unit where weight does not apply), exact to the fen. */
export function unitPrice(price: number | string, grams: number, unit: Band["price_unit"]) {
  const perUnit = unit === "kg" ? MathBN.div(MathBN.mult(price, 1000), grams) : MathBN.convert(price)
  return perUnit.toFixed(2)
}

/** Pure: undefined when the price lies in the band (limits included), otherwise the band in words. */
export function outsideBand(price: number | string, grams: number, band: Band) {
  const per = unitPrice(price, grams, band.price_unit)
  if (MathBN.gte(per, band.price_min as any) && MathBN.lte(per, band.price_max as any)) return undefined
  const unit = band.price_unit === "kg" ? "kg" : "unit"
  return `¥${per} per ${unit} is outside the band ¥${fen(band.price_min)}–¥${fen(band.price_max)} per ${unit}`
}
