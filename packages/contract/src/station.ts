import { z } from "zod"

// The village station network: what crosses HTTP between the backend, the station portal and checkout.

/** Cash in yuan as exact decimal text, in whole fen: "12.50". Never a float, never more than ¥1,000,000. */
export const moneyText = z
  .string()
  .regex(/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/, 'must be an amount in yuan as text with at most two decimals, e.g. "12.50"')

/** A positive amount of cash in fen. */
export const MoneyInFen = moneyText.refine((amount) => Number(amount) > 0, "must be more than 0")

const pickupCode = z.string().regex(/^\d{6}$/, "must be the six-digit pickup code")

/**
 * Handing a parcel over: the buyer's pickup code, or the last four digits of the phone on the order with the
 * operator's word that they checked the buyer's ID. The cash taken, where the buyer pays at the station.
 */
export const HandOverBody = z
  .object({
    code: pickupCode.optional(),
    phone_last4: z.string().regex(/^\d{4}$/, "must be four digits").optional(),
    id_checked: z.literal(true).optional(),
    cash_received: moneyText.optional(),
  })
  .strict()
  .refine((body) => !!body.code !== !!body.phone_last4, { message: "give the pickup code, or else the phone's last four digits", path: ["code"] })
  .refine((body) => !body.phone_last4 || body.id_checked === true, { message: "must be true: check the buyer's ID before handing over by phone digits", path: ["id_checked"] })

export const stationKindSchema = z.enum(["county_hub", "town", "village"])
export const parcelStatusSchema = z.enum(["shipped_to_hub", "on_route", "at_station", "collected"])

/** A station as buyers choose it at checkout. */
export const publicStationSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: stationKindSchema,
  name: z.string(),
  name_en: z.string(),
  town: z.string(),
  town_en: z.string(),
  village: z.string().nullable(),
  village_en: z.string().nullable(),
  address: z.string(),
  hours: z.string(),
  offers_cash: z.boolean(),
})

/** A parcel as its station's operator sees it: no buyer data beyond a masked family name. */
export const stationParcelSchema = z.object({
  id: z.string(),
  status: parcelStatusSchema,
  shipped_at: z.string(),
  received_at: z.string().nullable(),
  collected_at: z.string().nullable(),
  collected_with: z.enum(["code", "phone_and_id"]).nullable(),
  failed_attempts: z.number(),
  order: z.object({
    display_id: z.number(),
    currency_code: z.string(),
    items: z.array(z.object({ title: z.string(), variant_title: z.string().nullable(), quantity: z.number() })),
  }),
  buyer: z.string(),
  cash_due: z.string(),
})

/** The shipping option type code of pickup at a station, beside the courier's. */
export const STATION_PICKUP_CODE = "station-pickup"

export type HandOverBody = z.infer<typeof HandOverBody>
export type PublicStation = z.infer<typeof publicStationSchema>
export type StationParcel = z.infer<typeof stationParcelSchema>
export type ParcelStatus = z.infer<typeof parcelStatusSchema>
