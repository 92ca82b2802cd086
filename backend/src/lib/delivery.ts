// Where sellers deliver and what it costs the buyer; every seller offers the same county tariff.
export const INTERNATIONAL = ["us", "gb", "de", "fr", "nl", "jp", "sg", "au", "ca"]

export const DELIVERY_ZONES = [
  { name: "中国大陆 Mainland China", countries: ["cn"] },
  { name: "International", countries: INTERNATIONAL },
]

export const DELIVERY_TARIFF = [
  { zone: 0, code: "standard-cn", name: "标准快递 Standard delivery", currency_code: "cny", amount: 12 },
  { zone: 1, code: "express-intl", name: "International express", currency_code: "usd", amount: 25 },
]

// Pickup at a village or town station, mainland China only, at the association's rate (the station module's).
export const STATION_PICKUP = { name: "到站自提 Pick up at a station" }

/**
 * Pure: lines (a cart's or a purchase's) grouped by seller. Each seller delivers its own lines, with the options of its
 * own shipping profile: the one delivery choice the buyer makes per seller, and the one seller order it becomes.
 */
export function bySeller<L extends { seller_id: string; shipping_profile_id: string | null }>(lines: L[]) {
  const groups = new Map<string, { seller_id: string; profiles: Set<string | null>; lines: L[] }>()
  for (const line of lines) {
    const group = groups.get(line.seller_id) ?? { seller_id: line.seller_id, profiles: new Set<string | null>(), lines: [] }
    group.profiles.add(line.shipping_profile_id)
    group.lines.push(line)
    groups.set(line.seller_id, group)
  }
  return [...groups.values()]
}
