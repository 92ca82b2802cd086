import type { Certificate, StationIntake, Withdrawal } from "@luotian/contract"
import { notFound, redirect } from "next/navigation"
import { asSeller, loginPath, PortalError, type PortalSession } from "@/modules/portal/data"

// A seller's lots as /vendors/me/lots answers them (the backend's lotView): households by member id only.

export type LotKind = "harvest" | "slaughter" | "processing"
export type SellerLot = {
  id: string
  code: string
  product: { id: string; title?: string }
  kind: LotKind
  produced_on: string
  origin: { town: string; village: string | null; base: string | null }
  quantity: string
  unit: "kg" | "unit"
  remaining: string
  storage: string | null
  best_before: string | null
  inputs: string[]
  status: "active" | "withdrawn"
  withdrawal: Withdrawal | null
  households: { member_id: string; quantity: string }[]
  inspection: { id: string; computed_grade: string | null; inspected_at: string } | null
  grade: { code: string; name: string; name_en: string; rank: number } | null
  receipts: { id: string; variant_id: string; packs: number; quantity: string; created_at: string }[]
  certificates: (Certificate & { id: string })[]
  allocations: { order_id: string; line_item_id: string; variant_id: string; receipt_id: string; packs: number }[]
}
export type LotInspection = { id: string; lot: string; computed_grade: string | null; inspected_at: string; inspector: { name: string } }

/** A read as the seller: an expired login goes to log in again, another seller's lot is not found. */
async function read<T>(session: PortalSession, path: string): Promise<T> {
  try {
    return await asSeller<T>(session.token, path)
  } catch (error) {
    if (!(error instanceof PortalError)) throw error
    if (error.status === 401) redirect(loginPath(session.locale, session.here, "expired"))
    if (error.status === 404) notFound()
    throw error
  }
}

const id = (value: string) => encodeURIComponent(value)

export const sellerLots = async (s: PortalSession) => (await read<{ lots: SellerLot[] }>(s, "/vendors/me/lots")).lots
export const sellerLot = async (s: PortalSession, lotId: string) => (await read<{ lot: SellerLot }>(s, `/vendors/me/lots/${id(lotId)}`)).lot
export const lotInspections = async (s: PortalSession, lotId: string) =>
  (await read<{ inspections: LotInspection[] }>(s, `/vendors/me/lots/${id(lotId)}/inspections`)).inspections

/** Packs of the lot shipped so far: what allocation took from it. */
export const allocatedPacks = (lot: SellerLot) => lot.allocations.reduce((sum, a) => sum + a.packs, 0)
export const certificateInForce = (lot: SellerLot) => lot.certificates.find((c) => c.in_force)

/** What village stations took in for the seller from its households (代销), newest first. */
export const sellerIntakes = async (s: PortalSession) => (await read<{ intakes: StationIntake[] }>(s, "/vendors/me/intakes")).intakes
