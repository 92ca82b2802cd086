import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Table } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Choice } from "../../components/choice"
import { PageHeader } from "../../components/page-header"
import { Pager } from "../../components/pager"
import { REVIEW_STATUS_OPTIONS } from "../../components/review-status"
import { Empty, Failed, Loading } from "../../components/states"
import { cleanQuery } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { sellerLabel, useAllSellers } from "../../lib/sellers"
import type { Listing } from "../../lib/types"
import { ReviewRow } from "./review-row"

const LIMIT = 50
const COLUMNS = ["商品 Listing", "商户 Seller", "申报等级 Claimed grade", "质检等级 Inspected grade", "单价与价格带 Price vs band", "状态 Status", "操作 Decision"]

// The association's review queue, oldest first: a listing reaches the store only once approved here. One seller's
// import can queue hundreds of listings; the seller filter finds another's among them.
const ListingReviewsPage = () => {
  const [status, setStatus] = useState("pending")
  const [sellerId, setSellerId] = useState("all")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["luotian-reviews", status, sellerId, offset],
    queryFn: () =>
      sdk.client.fetch<{ listings: Listing[]; count: number }>("/admin/listing-reviews", {
        query: cleanQuery({ status, seller_id: sellerId, limit: LIMIT, offset }),
      }),
  })
  const sellers = useAllSellers()
  const sellerOptions = [{ value: "all", label: "全部商户 All sellers" }, ...(sellers.data ?? []).map((s) => ({ value: s.id, label: sellerLabel(s) }))]

  return (
    <Container className="divide-y p-0" role="region" aria-label="品牌审核 · Listing review">
      <PageHeader title="品牌审核 · Listing review" hint="申报等级对照质检结果，单价对照价格带 · Claimed grade against inspection, price per kg against the grade's band">
        <Choice label="审核状态 Review status" value={status} onChange={(v) => (setStatus(v), setOffset(0))} options={REVIEW_STATUS_OPTIONS} />
        <Choice label="商户 Seller" value={sellerId} onChange={(v) => (setSellerId(v), setOffset(0))} options={sellerOptions} />
      </PageHeader>
      {isLoading ? <Loading /> : error || !data ? <Failed what="无法加载审核队列 Could not load the review queue" error={error} /> : !data.listings.length ? (
        <Empty>没有待处理的商品 · No listings here</Empty>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>{COLUMNS.map((c) => <Table.HeaderCell key={c}>{c}</Table.HeaderCell>)}</Table.Row>
              </Table.Header>
              <Table.Body>{data.listings.map((l) => <ReviewRow key={l.product_id} listing={l} />)}</Table.Body>
            </Table>
          </div>
          <Pager offset={offset} limit={LIMIT} count={data.count} onChange={setOffset} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "品牌审核 Listing review", icon: ShieldCheck })

export default ListingReviewsPage
