import { z } from "@medusajs/framework/zod"
import { SaneDate } from "../../../../lib/dates"
import { BASES, COMMITMENTS } from "../../../../modules/lot/certificates"
import { LABELS_PER_SHEET } from "../../../../modules/lot/labels"
import { LOT_CODE } from "../../../../modules/lot/rules"

const Id = z.string().trim().min(1).max(64)
const Text = (max: number) => z.string().trim().min(1).max(max)
// A quantity in kg (to the gram) or units: positive, at most a million, at most three decimals; kept as exact text.
const Quantity = z
  .number()
  .positive("must be more than 0")
  .max(1_000_000, "must be at most 1000000")
  .refine((n) => /^\d+(\.\d{1,3})?$/.test(String(n)), "must have at most three decimals (grams)")
  .transform((n) => String(n))
const whole = (q: string) => /^\d+$/.test(q)

export const CreateLot = z
  .object({
    product_id: Id,
    code: z.string().trim().toUpperCase().regex(LOT_CODE, "must be 1–20 letters, digits and '-', e.g. SL-2026-0412-03").optional(),
    kind: z.enum(["harvest", "slaughter", "processing"]),
    produced_on: SaneDate.refine((d) => d.getTime() <= Date.now(), "must not be in the future"),
    origin: z.object({ town: Text(40), village: Text(40).optional(), base: Text(60).optional() }).strict(),
    quantity: Quantity,
    unit: z.enum(["kg", "unit"]),
    storage: Text(120).optional(),
    best_before: SaneDate.optional(),
    inputs: z.array(Text(120)).max(20).default([]),
    households: z.array(z.object({ member_id: Id, quantity: Quantity }).strict()).max(200).default([]),
    inspection_id: Id.optional(),
  })
  .strict()
  .superRefine((lot, ctx) => {
    if (lot.best_before && lot.best_before.getTime() < lot.produced_on.getTime()) {
      ctx.addIssue({ code: "custom", path: ["best_before"], message: "must not be before produced_on" })
    }
    if (lot.unit === "unit") {
      if (!whole(lot.quantity)) ctx.addIssue({ code: "custom", path: ["quantity"], message: "must be a whole number of units" })
      lot.households.forEach((h, i) => {
        if (!whole(h.quantity)) ctx.addIssue({ code: "custom", path: ["households", i, "quantity"], message: "must be a whole number of units" })
      })
    }
  })
export type CreateLot = z.infer<typeof CreateLot>

export const ListLotsQuery = z.object({ product_id: Id.optional() }).strict()
export type ListLotsQuery = z.infer<typeof ListLotsQuery>

export const AttachInspection = z.object({ inspection_id: Id }).strict()
export type AttachInspection = z.infer<typeof AttachInspection>

export const ReceiveLot = z
  .object({ variant_id: Id, packs: z.number().int("must be a whole number of packs").min(1).max(100_000) })
  .strict()
export type ReceiveLot = z.infer<typeof ReceiveLot>

// How many labels to print (a sheet of eight by default) and of which size of the lot's product.
export const LabelsQuery = z
  .object({
    count: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200").default(LABELS_PER_SHEET),
    variant_id: Id.optional(),
  })
  .strict()
export type LabelsQuery = z.infer<typeof LabelsQuery>

const affirmsAll = (given: string[]) => COMMITMENTS.every((c) => given.includes(c))
export const IssueCertificate = z
  .object({
    // The producer's contact printed on the certificate: a mobile or landline number.
    contact: z.string().trim().regex(/^\+?[0-9][0-9 -]{6,19}$/, "must be a telephone number"),
    commitments: z.array(z.enum(COMMITMENTS)).refine(affirmsAll, `must affirm every commitment: ${COMMITMENTS.join(", ")}`),
    basis: z.array(z.enum(BASES)).max(BASES.length).default([]),
    supersedes: Id.optional(),
    reason: Text(200).optional(),
  })
  .strict()
  .refine((c) => !c.supersedes || c.reason, { path: ["reason"], message: "a correction says what it corrects" })
export type IssueCertificate = z.infer<typeof IssueCertificate>

// Why the lot is withdrawn: what the trace page and the buyers' order pages tell buyers.
export const WithdrawLot = z.object({ reason: Text(500) }).strict()
export type WithdrawLot = z.infer<typeof WithdrawLot>
