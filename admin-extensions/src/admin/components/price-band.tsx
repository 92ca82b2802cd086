import { Badge, Text } from "@medusajs/ui"
import { bandLabel, unitPriceLabel } from "../lib/format"
import type { Listing } from "../lib/types"

type Props = { band: Listing["band"]; sizes: Listing["sizes"]; align?: "start" | "end" }

/** Each pack size's price per kg beside its grade's band; a size outside the band is flagged in red. */
export const PriceBand = ({ band, sizes, align = "start" }: Props) => {
  const priced = sizes.filter((size) => size.unit_price !== null)
  if (!band || !priced.length) return <Text size="small" className="text-ui-fg-subtle">—</Text>
  const within = priced.every((size) => size.within_band)
  return (
    <div className={`flex flex-col gap-y-1 ${align === "end" ? "items-end" : "items-start"}`}>
      {priced.map((size) => (
        <Text key={size.variant_id} size="small" weight="plus" className={size.within_band ? undefined : "text-ui-fg-error"}>
          {size.title} · {unitPriceLabel(size.unit_price!, band.unit)}
        </Text>
      ))}
      <Text size="small" className="text-ui-fg-subtle">价格带 Band {bandLabel(band)}</Text>
      {within
        ? <Badge size="2xsmall" color="green" className="whitespace-nowrap">在价格带内 Within band</Badge>
        : <Badge size="2xsmall" color="red" className="whitespace-nowrap">超出价格带 Out of band</Badge>}
    </div>
  )
}
