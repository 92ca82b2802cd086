import { StatusBadge } from "@medusajs/ui"
import type { ReviewStatus } from "../lib/types"

const STATUS: Record<ReviewStatus, { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "待审核 Pending", color: "orange" },
  approved: { label: "已批准 Approved", color: "green" },
  rejected: { label: "已驳回 Rejected", color: "red" },
}

export const REVIEW_STATUS_OPTIONS = [
  ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label })),
  { value: "all", label: "全部 All" },
]

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => (
  <StatusBadge className="whitespace-nowrap" color={STATUS[status]?.color ?? "grey"}>{STATUS[status]?.label ?? status}</StatusBadge>
)
