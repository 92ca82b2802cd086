import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { SaneDate } from "../../../lib/dates"

/** A calendar day written YYYY-MM-DD (runs are kept by their Beijing day). */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day written YYYY-MM-DD")
  .superRefine((v, ctx) => {
    const parsed = SaneDate.safeParse(v)
    if (!parsed.success) return ctx.addIssue({ code: "custom", message: parsed.error.issues[0].message })
    if (parsed.data.toISOString().slice(0, 10) !== v) ctx.addIssue({ code: "custom", message: "is not a calendar date" })
  })

export const PlanRouteRuns = z
  .object({
    day: Day,
    // A vehicle's capacity; the association's usual van when left out.
    capacity: z.object({ parcels: z.number().int().min(1).max(1000), kg: z.number().int().min(1).max(20_000) }).strict().optional(),
  })
  .strict()
export type PlanRouteRuns = z.infer<typeof PlanRouteRuns>

export const RouteRunsQuery = z.object({ day: Day }).strict()
export const RouteRunParams = z.object({ id: z.string().regex(/^srun_[0-9A-Z]{26}$/, "must be a route run id") }).strict()
export const StopParams = RouteRunParams.extend({ stop_id: z.string().regex(/^sstop_[0-9A-Z]{26}$/, "must be a stop id") }).strict()

const MAX_SPAN_DAYS = 366
export const SavingsQuery = z
  .object({ from: Day, to: Day })
  .strict()
  .refine((q) => q.from <= q.to, { message: "must not be before from", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_SPAN_DAYS * 86_400_000, { message: `a report spans at most ${MAX_SPAN_DAYS} days`, path: ["to"] })

export const DriverRunsQuery = z.object({ day: Day.optional() }).strict()

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/** "/admin/route-runs/:id" also matches "/admin/route-runs/savings", which its own matcher validates. */
export const unlessSavings = (middleware: Middleware): Middleware => (req, res, next) => (req.params.id === "savings" ? next() : middleware(req, res, next))
