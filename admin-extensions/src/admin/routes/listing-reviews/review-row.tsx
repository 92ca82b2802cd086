import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { PriceBand } from "../../components/price-band"
import { ReviewStatusBadge } from "../../components/review-status"
import { beijing, gradeLabel } from "../../lib/format"
import type { Listing } from "../../lib/types"
import { Decision } from "./decision"
import { ReviewPhotos } from "./photos"

/** The inspected grade, flagged when the listing claims more than the latest inspection supports, or none was made. */
const Inspected = ({ listing }: { listing: Listing }) => {
  const { inspection, claimed_grade: claimed } = listing
  if (!inspection) return <Badge size="2xsmall" color="orange">未质检 Not inspected</Badge>
  const above = !inspection.grade || (claimed.rank ?? 0) < (inspection.grade.rank ?? 0)
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className={above ? "text-ui-fg-error" : undefined}>{inspection.grade ? gradeLabel(inspection.grade) : "无等级 No grade"}</Text>
      <Text size="small" className="text-ui-fg-subtle">{beijing(inspection.inspected_at)}</Text>
      {above && <Badge size="2xsmall" color="red">高于质检 Above inspection</Badge>}
    </div>
  )
}

export const ReviewRow = ({ listing }: { listing: Listing }) => {
  const title = listing.product?.title ?? listing.product_id
  return (
    <Table.Row className="align-top [&_td]:py-3" aria-label={title}>
      <Table.Cell>
        <Link to={`/products/${listing.product_id}`} className="txt-compact-small-plus text-ui-fg-interactive">{title}</Link>
        {listing.product?.title_en && <Text size="small" className="text-ui-fg-subtle">{listing.product.title_en}</Text>}
        <Text size="small" className="text-ui-fg-subtle">提交 Submitted {beijing(listing.submitted_at)}</Text>
        <ReviewPhotos photos={listing.product?.photos ?? []} title={title} />
      </Table.Cell>
      <Table.Cell>
        {listing.seller ? (
          <>
            <Text size="small">{listing.seller.name}</Text>
            <Text size="small" className="text-ui-fg-subtle">{listing.seller.name_en}</Text>
          </>
        ) : "—"}
      </Table.Cell>
      <Table.Cell><Text size="small" weight="plus">{gradeLabel(listing.claimed_grade)}</Text></Table.Cell>
      <Table.Cell><Inspected listing={listing} /></Table.Cell>
      <Table.Cell><PriceBand band={listing.band} sizes={listing.sizes} /></Table.Cell>
      <Table.Cell>
        <ReviewStatusBadge status={listing.status} />
        {listing.reason && <Text size="small" className="text-ui-fg-subtle">{listing.reason}</Text>}
      </Table.Cell>
      <Table.Cell>{listing.status === "pending" ? <Decision productId={listing.product_id} title={title} photos={listing.product?.photos} /> : beijing(listing.decided_at)}</Table.Cell>
    </Table.Row>
  )
}
