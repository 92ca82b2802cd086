// The shapes the backend's association routes answer with (backend/src/api/admin/*).

export type Grade = { code: string; name?: string; name_en?: string; rank?: number }

export type Band = { min: string; max: string; unit: "kg" | "unit" }

export type ReviewStatus = "pending" | "approved" | "rejected"

export type Listing = {
  product_id: string
  status: ReviewStatus
  reason: string | null
  submitted_at: string
  decided_at: string | null
  product: { id: string; title: string; title_en?: string; status: string; thumbnail: string | null } | null
  seller: { id: string; name: string; name_en: string; handle: string } | null
  claimed_grade: Grade
  inspection: { inspected_at: string; grade: Grade | null } | null
  price: { price_cny: string; unit_price: string; band: Band; within_band: boolean } | null
}

export type Criterion = {
  attribute: string
  label: string
  label_en: string
  unit: string
  min: string | null
  max: string | null
  text: string
  text_en: string
}

export type StandardGrade = {
  id: string
  code: string
  name: string
  name_en: string
  rank: number
  price_min: string
  price_max: string
  price_unit: "kg" | "unit"
  criteria: Criterion[]
}

export type Standard = {
  id: string
  lineage: string
  category: string
  code: string
  name: string
  name_en: string
  version: number
  effective_from: string
  status: "current" | "superseded"
  created_at: string
  grades: StandardGrade[]
}

export type SellerStatus = "pending" | "active" | "suspended"

export type Seller = {
  id: string
  handle: string
  name: string
  name_en: string
  type: string
  town: string
  town_en: string
  credit_code: string | null
  status: SellerStatus
  created_at: string
}

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
