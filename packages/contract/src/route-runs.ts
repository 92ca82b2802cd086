import { z } from "zod"

// Consolidated shipping: route runs as the association, the hub's drivers and sellers read them.

const isoTime = z.string().nullable()
export const routeRunStatusSchema = z.enum(["planned", "under_way", "done"])

/** One consignment on a stop: loaded or unloaded there. Order number and parcel or order id only; no buyer. */
export const runConsignmentSchema = z.object({ kind: z.enum(["parcel", "seller_pickup", "intake"]), code: z.string(), ref_id: z.string(), kg: z.string() })

export const runStopSchema = z.object({
  id: z.string(),
  sequence: z.number(),
  done_at: isoTime,
  station: z.object({ id: z.string(), code: z.string(), name: z.string(), name_en: z.string(), address: z.string(), kind: z.string() }),
  load: z.array(runConsignmentSchema),
  unload: z.array(runConsignmentSchema),
})

export const routeRunSchema = z.object({
  id: z.string(),
  day: z.string(),
  town: z.string(),
  number: z.number(),
  route_kind: z.enum(["town", "village"]),
  status: routeRunStatusSchema,
  capacity: z.object({ parcels: z.number(), kg: z.number() }),
  parcels: z.number(),
  kg: z.string(),
  started_at: isoTime,
  done_at: isoTime,
  stops: z.array(runStopSchema),
})
export type RouteRun = z.infer<typeof routeRunSchema>
export type RunStop = z.infer<typeof runStopSchema>

const savingsRow = z.object({
  parcels: z.number(), runs: z.number(), kg: z.string(), courier_fen: z.number(), runs_fen: z.number(), saved_fen: z.number(),
  courier: z.string(), runs_cost: z.string(), saved: z.string(),
})
export const savingsReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(savingsRow.extend({ day: z.string() })),
  months: z.array(savingsRow.extend({ month: z.string() })),
  total: savingsRow,
})
export type SavingsReport = z.infer<typeof savingsReportSchema>
export type SavingsRow = z.infer<typeof savingsRow>

/** A seller's order on a route run: when the run collected it and when it arrived. */
export const sellerRunOrderSchema = z.object({
  order_id: z.string(),
  kind: z.enum(["parcel", "seller_pickup", "intake"]),
  code: z.string(),
  run: z.object({ id: z.string(), day: z.string(), town: z.string(), number: z.number(), status: routeRunStatusSchema }),
  collected_at: isoTime,
  arrived_at: isoTime,
})
export type SellerRunOrder = z.infer<typeof sellerRunOrderSchema>

/** A station of the network with this week's parcels: waiting now, received and collected since Monday (Beijing). */
export const stationActivitySchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(["county_hub", "town", "village"]),
  name: z.string(),
  name_en: z.string(),
  parent_id: z.string().nullable(),
  status: z.string(),
  waiting: z.number(),
  received: z.number(),
  collected: z.number(),
})
export type StationActivity = z.infer<typeof stationActivitySchema>
