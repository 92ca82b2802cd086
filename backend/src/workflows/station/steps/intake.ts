import { intakeAmountFen, fenText, type IntakeBody } from "@luotian/contract"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOT_MODULE } from "../../../modules/lot"
import { lotPrefix } from "../../../modules/lot/rules"
import type LotModuleService from "../../../modules/lot/service"
import { STATION_MODULE } from "../../../modules/station"
import { beijingDay } from "../../../modules/station/rules"
import type StationModuleService from "../../../modules/station/service"
import { productGrades } from "../intake-grades"

export type IntakeInput = IntakeBody & {
  station: { id: string; code: string; town: string; village: string | null }
  user_id: string
}

type Checked = {
  existing: { id: string } | null
  handle: string
  grade_id: string
  amount_fen: number
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const SAME = ["seller_id", "member_id", "product_id", "grade_code", "price_per_kg_fen", "paid"] as const

/** The intake a retry repeats: the same form reference must carry the same intake, or it is a mistake (409). */
function repeated(existing: any, input: IntakeInput) {
  const differs = SAME.find((field) => existing[field] !== input[field]) ?? (MathBN.eq(MathBN.convert(existing.raw_quantity_kg ?? existing.quantity_kg), input.quantity_kg) ? null : "quantity_kg")
  if (differs) throw new MedusaError(MedusaError.Types.CONFLICT, `client_reference: already used for receipt ${existing.receipt_number} with another ${differs}`)
  return { existing: { id: existing.id as string }, handle: "", grade_id: existing.grade_id, amount_fen: existing.amount_fen }
}

/**
 * What an intake must be: for an active seller, from one of its member households, of one of its products, graded
 * with a grade of that product's standard. Run under the station's lock: a form reference seen before answers the
 * intake it recorded.
 */
export const checkIntakeStep = createStep("check-station-intake", async (input: IntakeInput, { container }): Promise<StepResponse<Checked>> => {
  const existing = await container.resolve<StationModuleService>(STATION_MODULE).intakeByReference(input.station.id, input.client_reference)
  if (existing) return new StepResponse(repeated(existing, input))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "status", "handle", "products.id"],
    filters: { id: input.seller_id },
  })
  const seller = sellers[0] as any
  if (!seller || seller.status !== "active") throw invalid(`seller_id: no active seller has the id ${input.seller_id}`)
  const { data: members } = await query.graph({ entity: "member", fields: ["id"], filters: { id: input.member_id, seller_id: seller.id } })
  if (!members.length) throw invalid("member_id: not a member household of this seller")
  const product = (seller.products ?? []).find((p: any) => p?.id === input.product_id)
  if (!product) throw invalid("product_id: not a product of this seller")
  const grades = (await productGrades(query, [product.id])).get(product.id) ?? []
  const grade = grades.find((g: any) => g.code === input.grade_code)
  if (!grade) throw invalid(`grade_code: must be a grade of the product's standard (${grades.map((g: any) => g.code).join(", ") || "none"})`)
  const amount_fen = Number(intakeAmountFen(input.quantity_kg, input.price_per_kg_fen))
  return new StepResponse({ existing: null, handle: seller.handle, grade_id: grade.id, amount_fen })
})

/** The produce reaches the seller as a lot of that product, the household its supplier; undone by deleting the lot. */
export const recordIntakeLotStep = createStep(
  "record-intake-lot",
  async ({ input, checked }: { input: IntakeInput; checked: Checked }, { container }) => {
    if (checked.existing) return new StepResponse(null, null)
    const lots = container.resolve<LotModuleService>(LOT_MODULE)
    const produced_on = new Date(`${beijingDay(new Date())}T00:00:00Z`)
    const code = await lots.codeFor(input.seller_id, lotPrefix(checked.handle), produced_on)
    const lot = await lots.recordLot(
      {
        seller_id: input.seller_id, product_id: input.product_id, code, kind: "harvest", produced_on, town: input.station.town,
        village: input.station.village, quantity: input.quantity_kg, unit: "kg", inputs: [], inspection_id: null,
      },
      [{ member_id: input.member_id, quantity: input.quantity_kg }]
    )
    return new StepResponse({ id: lot.id as string }, lot.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LotModuleService>(LOT_MODULE).deleteLots(id)
  }
)

/** The intake itself, with the day's next receipt number; undone by deleting it. */
export const recordIntakeStep = createStep(
  "record-station-intake",
  async ({ input, checked, lot }: { input: IntakeInput; checked: Checked; lot: { id: string } | null }, { container }) => {
    if (checked.existing) return new StepResponse({ id: checked.existing.id, created: false }, null)
    const { station, user_id, ...body } = input
    const intake = await container.resolve<StationModuleService>(STATION_MODULE).recordIntake(
      { ...body, station_id: station.id, lot_id: lot?.id ?? null, grade_id: checked.grade_id, amount_fen: checked.amount_fen, currency_code: "cny", recorded_by: user_id },
      station.code
    )
    return new StepResponse({ id: intake.id as string, created: true }, intake.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StationModuleService>(STATION_MODULE).deleteStationIntakes(id)
  }
)

/** Paid now: the cash the household takes leaves the station's cash book, once per intake; undone by deleting it. */
export const payOutIntakeStep = createStep(
  "pay-out-station-intake",
  async ({ input, checked, intake }: { input: IntakeInput; checked: Checked; intake: { id: string; created: boolean } }, { container }) => {
    if (!intake.created || input.paid !== "now") return new StepResponse(null, null)
    const entry = await container.resolve<StationModuleService>(STATION_MODULE).recordCash({
      station_id: input.station.id, kind: "paid_out", amount: fenText(checked.amount_fen), currency_code: "cny", recorded_by: input.user_id, intake_id: intake.id,
    })
    return new StepResponse(entry.id as string, entry.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StationModuleService>(STATION_MODULE).deleteStationCashEntries(id)
  }
)
