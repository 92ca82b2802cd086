import { monthIndex } from "@luotian/contract"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../modules/impact"
import type ImpactModuleService from "../../modules/impact/service"
import { STATION_MODULE } from "../../modules/station"
import type StationModuleService from "../../modules/station/service"

type Input = { from: string; to: string }

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10)

// The route runs' savings by month, from the station module's own report (courier per parcel against the runs).
const logisticsStep = createStep("impact-logistics-savings", async ({ from, to }: Input, { container }) => {
  const report = await container.resolve<StationModuleService>(STATION_MODULE).savings(`${from}-01`, lastDay(to))
  return new StepResponse(report.months.map((m) => ({ month_index: monthIndex(m.month), runs: m.runs, parcels: m.parcels, saved_fen: m.saved_fen })))
})

// Rebuilds the months' rollups. Nothing to undo: a rollup is derived data, and the next refresh rewrites it.
const replaceStep = createStep("impact-replace-months", async (input: Input & { logistics: Awaited<ReturnType<typeof logisticsStep>> }, { container }) => {
  const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
  return new StepResponse(await impact.replaceMonths(monthIndex(input.from), monthIndex(input.to), input.logistics))
})

/** Refreshes the impact rollups of the months from..to (YYYY-MM, Beijing time). */
export const refreshImpactWorkflow = createWorkflow("refresh-impact", (input: Input) => {
  const logistics = logisticsStep(input)
  const counts = replaceStep({ from: input.from, to: input.to, logistics })
  return new WorkflowResponse(counts)
})
