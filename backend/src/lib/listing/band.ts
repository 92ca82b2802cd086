import { outsideBand as outside, type Band, type PriceUnit } from "@luotian/contract"
import { MathBN } from "@medusajs/framework/utils"

// The contract's price-band rule (shared with the seller portal's live check), for grade rows whose limits are the
// database's numbers or BigNumbers.
type GradeBand = { price_min: unknown; price_max: unknown; price_unit: PriceUnit }

const decimal = (value: unknown) => MathBN.convert(value as any).toFixed()
const bandOf = (grade: GradeBand): Band => ({ price_min: decimal(grade.price_min), price_max: decimal(grade.price_max), price_unit: grade.price_unit })

/** undefined when the price lies in the grade's band (limits included), otherwise the band in words. */
export const outsideBand = (price: number | string, grams: number, grade: GradeBand) => outside(price, grams, bandOf(grade))

export { unitPrice } from "@luotian/contract"
