import type { MedusaContainer } from "@medusajs/framework/types"
import { monthIndex, monthOfIndex } from "@luotian/contract"
import { refreshImpactWorkflow } from "../workflows/impact/refresh-impact"

// Every hour: the impact rollups of this month and the last 12 (late refunds and reversals still change them).
export default async function refreshImpact(container: MedusaContainer) {
  const now = monthIndex(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7))
  await refreshImpactWorkflow(container).run({ input: { from: monthOfIndex(now - 12), to: monthOfIndex(now) } })
}

export const config = { name: "refresh-impact", schedule: "17 * * * *" }
