import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"

type Input = { partner_point_id: string; referral_rate: string; order_ids: string[] } | null

// The seller's fee to the partner point that brought these seller orders (SettlementModuleService.recordReferrals),
// a line of its own in each seller's statement; nothing when the purchase came from no point or the rate is 0.
export const recordReferralsStep = createStep(
  "record-partner-referrals",
  async (input: Input, { container }) => {
    if (!input) return new StepResponse([], [])
    const created = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).recordReferrals({
      partner_point_id: input.partner_point_id,
      rate: input.referral_rate,
      order_ids: input.order_ids,
    })
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).undoEntries(ids)
  }
)
