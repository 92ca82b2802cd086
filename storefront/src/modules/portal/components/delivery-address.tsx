import type { Address } from "../data"
import type { Locale } from "@/lib/i18n/locales"
import { portalDictionary } from "../dictionary"

/** The buyer's delivery address as a Chinese label reads: name, phone, province, city, street. */
export function DeliveryAddress({ address, locale }: { address: Address | null; locale: Locale }) {
  const t = portalDictionary(locale).orders
  if (!address) return null
  const name = `${address.last_name ?? ""}${address.first_name ?? ""}`.trim()
  const place = [address.province, address.city !== address.province ? address.city : null, address.address_1, address.address_2]
  return (
    <address className="delivery-address">
      <span>{name}</span>
      {address.phone && (
        <span>
          {t.phone}: <a href={`tel:${address.phone}`}>{address.phone}</a>
        </span>
      )}
      <span>{place.filter(Boolean).join(" ")}</span>
      {address.postal_code && <span>{address.postal_code}</span>}
    </address>
  )
}
