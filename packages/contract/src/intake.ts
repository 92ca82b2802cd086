import { z } from "zod"
import { centsText, divideHalfUp } from "./rules/money"

// 代销: a household's produce taken in at a village station for a seller that buys it (issue 13).

/** The most one intake may weigh: more than a cart-load is a typing slip, not a household's delivery. */
export const MAX_INTAKE_KG = 2000
/** The most a kilogram may cost in fen (¥5,000): above every grade band of the county's produce. */
export const MAX_PRICE_PER_KG_FEN = 500_000

/** Kilograms as exact decimal text, to the gram: "30", "12.5", "0.125". */
export const kgText = z
  .string()
  .regex(/^(0|[1-9]\d{0,3})(\.\d{1,3})?$/, 'must be kilograms as text with at most three decimals, e.g. "30.5"')
  .refine((kg) => Number(kg) > 0, "must be more than 0")
  .refine((kg) => Number(kg) <= MAX_INTAKE_KG, `must be at most ${MAX_INTAKE_KG} kg`)

/** Kilograms as text in whole grams: "30.5" → 30500n. */
export function kgToGrams(kg: string): bigint {
  const [whole, fraction = ""] = kg.split(".")
  return BigInt(whole!) * 1000n + BigInt(fraction.padEnd(3, "0").slice(0, 3) || "0")
}

/** What the buyer owes the household, in fen: kilograms × price per kg, rounded half up to the fen. */
export const intakeAmountFen = (kg: string, pricePerKgFen: number) => divideHalfUp(kgToGrams(kg) * BigInt(pricePerKgFen), 1000n)

/** Fen as yuan text for a receipt or a cash book: 15250n → "152.50". */
export const fenText = (fen: bigint | number) => centsText(BigInt(fen))

const id = (prefix: string, what: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), `must be ${what} id`)

export const intakePaidSchema = z.enum(["now", "on_sale"])

/**
 * Recording an intake. `client_reference` is the form's own id for this intake: a retried or doubled POST with the
 * same one records nothing more.
 */
export const IntakeBody = z
  .object({
    client_reference: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _"),
    seller_id: id("sel", "a seller"),
    member_id: id("mem", "a member household"),
    product_id: id("prod", "a product"),
    quantity_kg: kgText,
    grade_code: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be a grade code, e.g. first"),
    price_per_kg_fen: z.number().int("must be whole fen").min(0).max(MAX_PRICE_PER_KG_FEN),
    paid: intakePaidSchema,
  })
  .strict()

/** An intake as its station and the buying seller read it. The household is a masked name for the station. */
export const stationIntakeSchema = z.object({
  id: z.string(),
  receipt_number: z.string(),
  day: z.string(),
  created_at: z.string(),
  seller: z.object({ id: z.string(), name: z.string() }),
  station: z.object({ id: z.string(), name: z.string(), name_en: z.string() }),
  household: z.object({ id: z.string(), name: z.string() }),
  product: z.object({ id: z.string(), title: z.string() }),
  grade: z.object({ code: z.string(), name: z.string(), name_en: z.string() }),
  quantity_kg: z.string(),
  price_per_kg_fen: z.number(),
  amount_fen: z.number(),
  paid: intakePaidSchema,
  lot: z.object({ id: z.string(), code: z.string() }).nullable(),
})

/** What the station's intake form offers for one buying seller: its households and its products with their grades. */
export const intakeOptionsSchema = z.object({
  seller: z.object({ id: z.string(), name: z.string() }),
  members: z.array(z.object({ id: z.string(), name: z.string(), village: z.string() })),
  products: z.array(z.object({ id: z.string(), title: z.string(), grades: z.array(z.object({ code: z.string(), name: z.string(), name_en: z.string() })) })),
})

export type IntakeBody = z.infer<typeof IntakeBody>
export type StationIntake = z.infer<typeof stationIntakeSchema>
export type IntakeOptions = z.infer<typeof intakeOptionsSchema>
