import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { beijing, gradeLabel } from "../lib/format"
import { sdk } from "../lib/sdk"
import type { Listing } from "../lib/types"
import { PanelRow } from "./panel-row"
import { PriceBand } from "./price-band"
import { ReviewStatusBadge } from "./review-status"

/** A listing's price against its grade's band, the latest inspection, and where its review stands. */
export const ReviewRows = ({ productId }: { productId: string }) => {
  const { data, isLoading } = useQuery({
    queryKey: ["luotian-reviews", "product", productId],
    queryFn: () => sdk.client.fetch<{ listings: Listing[] }>("/admin/listing-reviews", { query: { product_id: productId } }),
  })
  const listing = data?.listings[0]
  if (isLoading) return null
  if (!listing) {
    return <PanelRow label="审核 / Review"><Text size="small">不在审核记录中 · Not a reviewed listing</Text></PanelRow>
  }
  return (
    <>
      <PanelRow label="单价与价格带 / Price vs band"><PriceBand band={listing.band} sizes={listing.sizes} align="end" /></PanelRow>
      <PanelRow label="质检 / Inspection">
        {listing.inspection ? (
          <>
            <Text size="small">{listing.inspection.grade ? gradeLabel(listing.inspection.grade) : "无等级 No grade"}</Text>
            <Text size="small" className="text-ui-fg-subtle">{beijing(listing.inspection.inspected_at)}</Text>
          </>
        ) : <Text size="small">未质检 · Not inspected</Text>}
      </PanelRow>
      <PanelRow label="审核 / Review">
        <ReviewStatusBadge status={listing.status} />
        {listing.reason && <Text size="small" className="text-ui-fg-subtle">{listing.reason}</Text>}
        <Text size="small" className="text-ui-fg-subtle">{beijing(listing.decided_at ?? listing.submitted_at)}</Text>
        {listing.status === "pending" && (
          <Link to="/listing-reviews" className="txt-compact-small-plus text-ui-fg-interactive">去审核 Review it</Link>
        )}
      </PanelRow>
    </>
  )
}
