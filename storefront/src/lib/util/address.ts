// The Chinese address form of the checkout and its mapping onto Medusa's address (see the purchase contract):
// province → province, city → city, district → address_2, detail → address_1, recipient → first_name.

export const ADDRESS_FIELDS = ["name", "province", "city", "district", "detail", "phone"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressInput = Record<AddressField, string>
export type AddressProblem = "required" | "tooLong" | "province" | "phone"
export type EmailProblem = "required" | "email"

/** Mainland China's provincial-level divisions (the region the store ships to), as Medusa keeps them: in Chinese. */
export const PROVINCES = [
  ["北京市", "Beijing"], ["天津市", "Tianjin"], ["河北省", "Hebei"], ["山西省", "Shanxi"], ["内蒙古自治区", "Inner Mongolia"],
  ["辽宁省", "Liaoning"], ["吉林省", "Jilin"], ["黑龙江省", "Heilongjiang"], ["上海市", "Shanghai"], ["江苏省", "Jiangsu"],
  ["浙江省", "Zhejiang"], ["安徽省", "Anhui"], ["福建省", "Fujian"], ["江西省", "Jiangxi"], ["山东省", "Shandong"],
  ["河南省", "Henan"], ["湖北省", "Hubei"], ["湖南省", "Hunan"], ["广东省", "Guangdong"], ["广西壮族自治区", "Guangxi"],
  ["海南省", "Hainan"], ["重庆市", "Chongqing"], ["四川省", "Sichuan"], ["贵州省", "Guizhou"], ["云南省", "Yunnan"],
  ["西藏自治区", "Tibet"], ["陕西省", "Shaanxi"], ["甘肃省", "Gansu"], ["青海省", "Qinghai"], ["宁夏回族自治区", "Ningxia"],
  ["新疆维吾尔自治区", "Xinjiang"],
].map(([zh, en]) => ({ zh, en }))

const MAX_LENGTH: Record<AddressField, number> = { name: 30, province: 20, city: 30, district: 30, detail: 120, phone: 20 }
const MOBILE = /^1[3-9]\d{9}$/

/** A mainland mobile number as typed ("138 0013 8000", "+86 138-0013-8000") reduced to its 11 digits. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s-]/g, "")
  return compact.replace(/^(\+86|0086)(?=1\d{10}$)/, "")
}

/** The form's values, trimmed (anything missing is empty). */
export function readAddress(get: (field: string) => unknown): AddressInput {
  const text = (field: string) => (typeof get(field) === "string" ? (get(field) as string).trim() : "")
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(field)])) as AddressInput
}

/** What is wrong with each field, if anything; an empty object when the address can be used. */
export function addressProblems(address: AddressInput): Partial<Record<AddressField, AddressProblem>> {
  const problems: Partial<Record<AddressField, AddressProblem>> = {}
  for (const field of ADDRESS_FIELDS) {
    const value = address[field]
    if (!value) problems[field] = "required"
    else if (value.length > MAX_LENGTH[field]) problems[field] = "tooLong"
  }
  if (!problems.province && !PROVINCES.some((p) => p.zh === address.province)) problems.province = "province"
  if (!problems.phone && !MOBILE.test(normalizePhone(address.phone))) problems.phone = "phone"
  return problems
}

export function emailProblem(email: string): EmailProblem | null {
  if (!email) return "required"
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? null : "email"
}

/** Medusa's address for a valid form: the whole name in first_name, country China. */
export function toMedusaAddress(address: AddressInput) {
  return {
    first_name: address.name,
    last_name: "",
    province: address.province,
    city: address.city,
    address_2: address.district,
    address_1: address.detail,
    phone: normalizePhone(address.phone),
    country_code: "cn",
  }
}

type MedusaAddress = Partial<Record<"first_name" | "last_name" | "province" | "city" | "address_1" | "address_2" | "phone", string | null>>

/** The form filled from an address the cart already has (a buyer coming back), blanks where it has none. */
export function fromMedusaAddress(address: MedusaAddress | null | undefined): AddressInput {
  const name = [address?.first_name, address?.last_name].filter(Boolean).join("")
  return {
    name,
    province: address?.province ?? "",
    city: address?.city ?? "",
    district: address?.address_2 ?? "",
    detail: address?.address_1 ?? "",
    phone: address?.phone ?? "",
  }
}

/** 13800138000 → "138****8000": enough for the buyer to recognise, not a number to copy off a shared screen. */
export const maskPhone = (phone: string) => (MOBILE.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone)
