import { monthIndex } from "@luotian/contract"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../modules/impact"
import type { LogisticsMonth } from "../../modules/impact/service"
import type ImpactModuleService from "../../modules/impact/service"
import { STATION_MODULE } from "../../modules/station"
import { RATE_CODES } from "../../modules/station/route-runs"
import type StationModuleService from "../../modules/station/service"

type Input = { from: string; to: string }

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10)

// The route runs' savings by month, from the station module's own report (courier per parcel against the runs). Until
// the association has set its rates nothing can be priced, and the rollups have no logistics figures.
const logisticsStep = createStep("impact-logistics-savings", async ({ from, to }: Input, { container }) => {
  const station = container.resolve<StationModuleService>(STATION_MODULE)
  const rates = await station.listStationNetworkRates({ code: Object.values(RATE_CODES) }, { select: ["code"] })
  if (new Set(rates.map((r) => r.code)).size < Object.values(RATE_CODES).length) return new StepResponse([] as LogisticsMonth[])
  const report = await station.savings(`${from}-01`, lastDay(to))
  return new StepResponse(report.months.map((m): LogisticsMonth => ({ month_index: monthIndex(m.month), runs: m.runs, parcels: m.parcels, saved_fen: m.saved_fen })))
})

// Rebuilds the months' rollups. Nothing to undo: a rollup is derived data, and the next refresh rewrites it.
const replaceStep = createStep("impact-replace-months", async (input: Input & { logistics: Awaited<ReturnType<typeof logisticsStep>> }, { container }) => {
  const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
  return new StepResponse(await impact.replaceMonths(monthIndex(input.from), monthIndex(input.to), input.logistics))
})

/** Refreshes the impact rollups of the months from..to (YYYY-MM, Beijing time); the public page follows (event). */
export const refreshImpactWorkflow = createWorkflow("refresh-impact", (input: Input) => {
  const logistics = logisticsStep(input)
  const counts = replaceStep({ from: input.from, to: input.to, logistics })
  emitEventStep({ eventName: "impact.refreshed", data: transform({ input }, ({ input }) => ({ from: input.from, to: input.to })) })
  return new WorkflowResponse(counts)
})
