import { z } from "zod"

// Recalls: the lots each order line came from (the reverse lookup), a lot's withdrawal as buyers are told of it, and
// the parcels a lot went into as its seller and the association look them up.

/** A lot an order line's packs came from: its code, how many of the line's packs (less any returned), its trace page. */
export const lineLotSchema = z.object({
  code: z.string(),
  quantity: z.number().int(),
  // The lot's GS1 Digital Link path (/01/<GTIN-14>/10/<lot>); null when the size has no GTIN.
  trace_path: z.string().nullable(),
})

/** A lot's withdrawal: when and why. */
export const withdrawalSchema = z.object({ withdrawn_at: z.string(), reason: z.string() })

/** A withdrawn lot a purchase holds packs of: what the buyer's order page warns of. */
export const withdrawnLotSchema = withdrawalSchema.extend({ code: z.string(), trace_path: z.string().nullable() })

/** A shipped seller-order line that took packs of a lot. */
export const lotShipmentSchema = z.object({
  order_id: z.string(),
  display_id: z.number().int(),
  placed_at: z.string(),
  status: z.string(),
  line_item_id: z.string(),
  title: z.string(),
  variant_title: z.string().nullable(),
  // Packs of this lot the line holds; `returned` came back.
  quantity: z.number().int(),
  returned: z.number().int(),
})

/** The buyer's purchase a seller order belongs to, for the association only. */
export const lotPurchaseSchema = z.object({
  id: z.string(),
  display_id: z.number().int(),
  placed_at: z.string(),
  seller_orders: z.array(z.number().int()),
  quantity: z.number().int(),
})

export type LineLot = z.infer<typeof lineLotSchema>
export type Withdrawal = z.infer<typeof withdrawalSchema>
export type WithdrawnLot = z.infer<typeof withdrawnLotSchema>
export type LotShipment = z.infer<typeof lotShipmentSchema>
export type LotPurchase = z.infer<typeof lotPurchaseSchema>
