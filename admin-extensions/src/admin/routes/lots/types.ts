import type { LotPurchase, LotShipment, Withdrawal } from "@luotian/contract"

// What the association's recall routes answer (backend api/admin/lots).
export type FoundLot = {
  id: string
  code: string
  status: "active" | "withdrawn"
  produced_on: string
  withdrawn_at: string | null
  product: { title: string | null }
  seller: { id: string; handle: string; name: string; name_en: string } | null
}

export type RecallLot = {
  lot: { id: string; code: string; status: "active" | "withdrawn"; produced_on: string; remaining: string; unit: string; withdrawal: Withdrawal | null; product: { title?: string }; seller: FoundLot["seller"] }
  shipments: LotShipment[]
  purchases: LotPurchase[]
}
