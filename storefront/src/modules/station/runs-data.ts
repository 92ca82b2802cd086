import type { RouteRun } from "@luotian/contract"
import { asStation } from "./data"

/** The day's route runs (today in Beijing unless given), as the hub's drivers see them. */
export const runsOf = async (token: string, day?: string) =>
  await asStation<{ day: string; runs: RouteRun[] }>(token, "/stations/me/route-runs", { query: day ? { day } : {} })
