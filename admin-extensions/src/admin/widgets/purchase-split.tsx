import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"

type OrderRef = { id: string; display_id: number; seller?: { name: string } | null }
type Split = {
  id: string
  purchase?: { shares: { order: OrderRef }[] } | null
  share?: { purchase: { order: OrderRef } } | null
  seller?: { name: string } | null
}

// The purchase module's links, read as the admin's order page reads any order.
const SPLIT_FIELDS = [
  "id", "seller.name",
  "purchase.shares.order.id", "purchase.shares.order.display_id", "purchase.shares.order.seller.name",
  "share.purchase.order.id", "share.purchase.order.display_id",
].join(",")

const OrderLink = ({ order }: { order: OrderRef }) => (
  <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive">#{order.display_id}</Link>
)

// Purchases and seller orders share Medusa's order list: this says which one the admin is looking at, so that a
// sale is counted once (the purchase is the buyer's payment; seller orders are what sellers fulfil and are paid for).
const PurchaseSplit = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { data: result } = useQuery({
    queryKey: ["purchase-split", data.id],
    queryFn: () => sdk.client.fetch<{ order: Split }>(`/admin/orders/${data.id}`, { query: { fields: SPLIT_FIELDS } }),
  })
  const order = result?.order
  if (!order || (!order.purchase && !order.share)) return null
  return (
    <Container className="px-6 py-4" role="region" aria-label="Purchase">
      {order.purchase ? (
        <>
          <Heading level="h2">Purchase</Heading>
          <Text size="small">
            Split into seller orders{" "}
            {order.purchase.shares.map(({ order: part }, i) => (
              <span key={part.id}>
                {i ? ", " : ""}
                <OrderLink order={part} /> ({part.seller?.name ?? "no seller"})
              </span>
            ))}
          </Text>
        </>
      ) : (
        <>
          <Heading level="h2">Seller order</Heading>
          <Text size="small">
            Of purchase <OrderLink order={order.share!.purchase.order} /> (seller {order.seller?.name ?? "unknown"})
          </Text>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default PurchaseSplit
