import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

export const CreateStation = z
  .object({
    code: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, "use capital letters, digits and single hyphens").max(32),
    kind: z.enum(["county_hub", "town", "village"]),
    parent_id: z.string().max(64).optional(),
    name: text(80),
    name_en: text(120),
    town: text(40),
    town_en: text(60),
    village: text(40).optional(),
    village_en: text(60).optional(),
    address: text(200),
    hours: text(80),
    operator_name: text(80),
    offers_pickup: z.boolean().optional(),
    offers_parcel_collection: z.boolean().optional(),
    offers_buy_for: z.boolean().optional(),
    offers_sell_for: z.boolean().optional(),
    offers_cash: z.boolean().optional(),
  })
  .strict()
export type CreateStation = z.infer<typeof CreateStation>

export const StationStatusBody = z.object({ status: z.enum(["active", "suspended"]) }).strict()
export type StationStatusBody = z.infer<typeof StationStatusBody>

export const InviteStationUser = z.object({ email: z.string().email().max(200) }).strict()
export type InviteStationUser = z.infer<typeof InviteStationUser>

export const ListStationsQuery = z
  .object({ kind: z.enum(["county_hub", "town", "village"]).optional(), status: z.enum(["active", "suspended"]).optional(), town: text(40).optional() })
  .strict()
