import type { Grade as StandardGrade } from "@luotian/contract"

// The shapes the backend's association routes answer with (backend/src/api/admin/*); the contract's where buyers or
// sellers read them too.

export type Grade = { code: string; name?: string; name_en?: string; rank?: number }

export type Band = { min: string; max: string; unit: "kg" | "unit" }

export type ReviewStatus = "pending" | "approved" | "rejected"

/** A listing's photo in the review queue: its image id, url and renditions (AVIF/WebP by width), in the buyer's order. */
export type Photo = { id: string; url: string; renditions: { webp: Record<string, string> } | null }

export type Listing = {
  product_id: string
  status: ReviewStatus
  reason: string | null
  submitted_at: string
  decided_at: string | null
  product: { id: string; title: string; title_en?: string; status: string; thumbnail: string | null; photos?: Photo[] } | null
  seller: { id: string; name: string; name_en: string; handle: string } | null
  claimed_grade: Grade
  inspection: { inspected_at: string; grade: Grade | null } | null
  band: Band | null
  /** Each pack size's price and price per kg (or unit) against the band, lightest first. */
  sizes: { variant_id: string; title: string; net_weight_g: number; price_cny: string | null; unit_price: string | null; within_band: boolean | null }[]
}

export type { Criterion, Seller, SellerStatus, Standard } from "@luotian/contract"
export type { StandardGrade }

export type Inspection = {
  id: string
  seller_id: string
  category: string
  lot: string
  measurements: Record<string, number>
  computed_grade: string | null
  standard: { id: string; code: string; version: number; name: string; name_en: string } | null
  inspector: { id: string; name: string }
  inspected_at: string
}

export type InspectionResult = {
  inspection: Inspection
  grade: StandardGrade | null
  checks: { code: string; name: string; name_en: string; holds: boolean; unmet: string[] }[]
}

export type AuditEntry = {
  id: string
  action: string
  subject_type: string
  subject_id: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  created_at: string
  actor: { type: string; id: string; name: string | null; email: string | null }
}
