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
