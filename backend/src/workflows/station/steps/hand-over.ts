import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATION_MODULE } from "../../../modules/station"
import type { PickupProof } from "../../../modules/station/rules"
import type StationModuleService from "../../../modules/station/service"
import type { SellerShare } from "../../seller-order/steps/seller-share"
import { cashDue, paysAtStation } from "../cash"

const service = (container: any) => container.resolve(STATION_MODULE) as StationModuleService

/** The seller order of one of this station's parcels; another station's parcel reads as not found. */
export const parcelOrderStep = createStep("station-parcel-order", async ({ parcel_id, station_id }: { parcel_id: string; station_id: string }, { container }) => {
  const [parcel] = await service(container).listStationParcels({ id: parcel_id, station_id }, { select: ["id", "order_id"] })
  if (!parcel) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Parcel with id: ${parcel_id} was not found`)
  return new StepResponse(parcel.order_id as string)
})

type ProofInput = { parcel_id: string; station_id: string; proof: PickupProof; orders: { shipping_address?: { phone?: string | null } | null }[]; purchase_order_id: string }

/** The buyer's proof (for a villager's 代购 order also its code and phone), checked under the purchase's lock; a wrong one is counted and refused (400), too many lock it (409). */
export const checkPickupProofStep = createStep("check-pickup-proof", async ({ parcel_id, station_id, proof, orders, purchase_order_id }: ProofInput, { container }) => {
  const parcel = await service(container).checkPickupProof(parcel_id, station_id, proof, orders[0]?.shipping_address?.phone ?? null, purchase_order_id)
  return new StepResponse({ collected: parcel.status === "collected" })
})

type CashInput = { share: SellerShare; purchases: any[]; cash_received?: string; collected: boolean }

/**
 * The cash the operator takes must be exactly what the buyer owes for this share (in fen), when the buyer pays at
 * the station; nothing otherwise. A parcel handed over before owes nothing more.
 */
export const checkCashStep = createStep("check-station-cash", async ({ share, purchases, cash_received, collected }: CashInput) => {
  const payments = (purchases[0]?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])
  const due = collected || share.status === "canceled" ? "0" : cashDue(share, paysAtStation(payments))
  if (collected) return new StepResponse({ due })
  if (share.status === "canceled") throw new MedusaError(MedusaError.Types.CONFLICT, "status: this order was canceled; the parcel goes back to its seller")
  const given = cash_received ?? "0"
  if (!MathBN.eq(given, due)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      MathBN.eq(due, 0)
        ? "cash_received: this parcel is paid already; take no cash"
        : `cash_received: must be exactly ${MathBN.convert(due).toFixed(2)} ${share.currency_code.toUpperCase()}, what the buyer owes for it`
    )
  }
  return new StepResponse({ due })
})

type CollectInput = { parcel_id: string; station_id: string; user_id: string; proof: PickupProof; due: string; currency_code: string }

/** Hands the parcel over and books the cash taken for it; undone if the capture after it fails. */
export const collectParcelStep = createStep(
  "collect-station-parcel",
  async ({ parcel_id, station_id, user_id, proof, due, currency_code }: CollectInput, { container }) => {
    const stations = service(container)
    const { parcel, before } = await stations.collectParcel(parcel_id, "code" in proof ? "code" : "phone_and_id", user_id)
    const entry = before && MathBN.gt(due, 0)
      ? await stations.recordCash({ station_id, kind: "received", amount: due, currency_code, recorded_by: user_id, parcel_id })
      : null
    return new StepResponse(parcel, { before, entry_id: entry?.id ?? null })
  },
  async (undo, { container }) => {
    if (!undo?.before) return
    if (undo.entry_id) await service(container).deleteStationCashEntries(undo.entry_id)
    await service(container).updateStationParcels(undo.before as any)
  }
)
