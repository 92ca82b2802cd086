import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { SELLER_TYPES, weightLabel } from "../../lib/labels"
import { PanelRow as Row } from "../components/panel-row"
import { ReviewRows } from "../components/review-rows"

type Seller = { name: string; name_en: string; type: string; town: string; town_en: string; village?: string | null }
type Listing = {
  grade_code: string
  standard_version: number
  grade?: { name: string; name_en: string; standard?: { code: string } | null } | null
}
type BrandProduct = { id: string; listing?: Listing | null; seller?: Seller | null; variants?: { id: string; weight?: number | null }[] }

// The association's view of a listing: which seller offers it under the county brand, at what grade and price band,
// and where its review stands.
const LuotianBrandPanel = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: result, isLoading } = useQuery({
    queryKey: ["luotian-brand", data.id],
    queryFn: () =>
      sdk.client.fetch<{ product: BrandProduct }>(`/admin/products/${data.id}`, {
        query: { fields: "id,*seller,listing.grade_code,listing.standard_version,variants.id,variants.weight,listing.grade.name,listing.grade.name_en,listing.grade.standard.code" },
      }),
  })
  const product = result?.product
  const seller = product?.seller
  const listing = product?.listing
  const sizes = [...(product?.variants ?? [])].sort((a, b) => Number(a.weight ?? 0) - Number(b.weight ?? 0))
  const type = seller ? SELLER_TYPES[seller.type] : undefined

  return (
    <Container className="divide-y p-0" role="region" aria-label="罗田品牌 · Luotian brand">
      <div className="px-6 py-4">
        <Heading level="h2">罗田品牌 · Luotian brand</Heading>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4" size="small">加载中… Loading…</Text>
      ) : (
        <>
          <Row label="合作社 / Seller">
            {seller ? (
              <>
                <Text size="small">{seller.name}</Text>
                <Text size="small" className="text-ui-fg-subtle">{seller.name_en}</Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {type ? `${type.zh} · ${type.en}` : seller.type} · {seller.town} {seller.town_en}
                </Text>
              </>
            ) : (
              <Text size="small" className="text-ui-fg-error">未关联合作社 · No seller linked</Text>
            )}
          </Row>
          <Row label="等级 / Grade">
            {listing ? <Badge size="2xsmall">{listing.grade?.name} · {listing.grade?.name_en}</Badge> : <Text size="small">未定级 · Not graded</Text>}
            {listing?.grade?.standard && (
              <Text size="small" className="text-ui-fg-subtle">{listing.grade.standard.code} v{listing.standard_version}</Text>
            )}
          </Row>
          <Row label="净含量 / Net weight">
            {/* One line per pack size (variant), lightest first. */}
            {sizes.length ? sizes.map((v) => <Text key={v.id} size="small">{weightLabel(v.weight)}</Text>) : <Text size="small">—</Text>}
          </Row>
          <ReviewRows productId={data.id} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default LuotianBrandPanel
