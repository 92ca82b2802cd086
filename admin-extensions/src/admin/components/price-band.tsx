import { Badge, Text } from "@medusajs/ui"
import { bandLabel, unitPriceLabel } from "../lib/format"
import type { Listing } from "../lib/types"

/** A listing's price per kg beside its grade's band; a price outside the band is flagged in red. */
export const PriceBand = ({ price, align = "start" }: { price: Listing["price"]; align?: "start" | "end" }) => {
  if (!price) return <Text size="small" className="text-ui-fg-subtle">—</Text>
  return (
    <div className={`flex flex-col gap-y-1 ${align === "end" ? "items-end" : "items-start"}`}>
      <Text size="small" weight="plus" className={price.within_band ? undefined : "text-ui-fg-error"}>
        {unitPriceLabel(price.unit_price, price.band.unit)}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">价格带 Band {bandLabel(price.band)}</Text>
      {price.within_band
        ? <Badge size="2xsmall" color="green" className="whitespace-nowrap">在价格带内 Within band</Badge>
        : <Badge size="2xsmall" color="red" className="whitespace-nowrap">超出价格带 Out of band</Badge>}
    </div>
  )
}
