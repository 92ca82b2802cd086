import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewEntry } from "../../../modules/ledger/service"
import { STATION_MODULE } from "../../../modules/station"
import type StationModuleService from "../../../modules/station/service"

export const intakeKey = (intake_id: string) => `intake:${intake_id}`

/**
 * A station intake (代销) is the household's income at its price (kg × ¥/kg), posted once per intake. Paid now, the
 * station handed over the cash: the entry is paid at once, with the receipt number as its reference, so the seller's
 * monthly payment does not pay it again. Paid on sale, it waits for the seller's payment like any other income. Never
 * reversed: the price was agreed at intake, and a refund or a withdrawal of its lot is the buying seller's risk.
 */
export const planIntakeIncomeStep = createStep("plan-intake-income", async (intake_id: string, { container }) => {
  const intake: any = await container.resolve<StationModuleService>(STATION_MODULE).retrieveStationIntake(intake_id)
  if (intake.currency_code !== "cny") return new StepResponse([] as NewEntry[])
  const entry: NewEntry = {
    key: intakeKey(intake.id),
    seller_id: intake.seller_id,
    member_id: intake.member_id,
    kind: "intake",
    source_type: "intake",
    source_id: intake.id,
    intake_id: intake.id,
    lot_id: intake.lot_id ?? null,
    amount_fen: String(intake.amount_fen),
    paid_with: intake.paid === "now" ? `代销 ${intake.receipt_number}` : null,
  }
  return new StepResponse([entry])
})
