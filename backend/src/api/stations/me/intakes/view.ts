import type { StationIntake } from "@luotian/contract"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

type Query = Omit<RemoteQueryFunction, symbol>

const FIELDS = [
  "id", "receipt_number", "day", "created_at", "quantity_kg", "price_per_kg_fen", "amount_fen", "paid", "grade_code",
  "station.id", "station.name", "station.name_en", "seller.id", "seller.name", "member.id", "member.name",
  "product.id", "product.title", "grade.name", "grade.name_en", "lot.id", "lot.code",
]

/** The household as a station sees it after the form: the name's first character and a mask, e.g. "程**". */
export const maskHousehold = (name?: string | null) => {
  const chars = [...(name ?? "").trim()]
  return chars.length ? `${chars[0]}${"*".repeat(Math.max(1, chars.length - 1))}` : "*"
}

/**
 * Intakes as the station that recorded them (household masked) or the seller that bought them (household named)
 * reads them, newest first.
 */
export async function intakeViews(query: Query, filters: Record<string, unknown>, household: "masked" | "named", take?: number): Promise<StationIntake[]> {
  const { data } = await query.graph({ entity: "station_intake", fields: FIELDS, filters, pagination: { order: { created_at: "DESC" }, ...(take ? { take } : {}) } })
  return data.map((i: any) => ({
    id: i.id,
    receipt_number: i.receipt_number,
    day: i.day,
    created_at: new Date(i.created_at).toISOString(),
    seller: { id: i.seller?.id, name: i.seller?.name },
    station: { id: i.station.id, name: i.station.name, name_en: i.station.name_en },
    household: { id: i.member?.id, name: household === "named" ? i.member?.name : maskHousehold(i.member?.name) },
    product: { id: i.product?.id, title: i.product?.title },
    grade: { code: i.grade_code, name: i.grade?.name ?? i.grade_code, name_en: i.grade?.name_en ?? i.grade_code },
    quantity_kg: MathBN.convert(i.quantity_kg).toString(),
    price_per_kg_fen: i.price_per_kg_fen,
    amount_fen: i.amount_fen,
    paid: i.paid,
    lot: i.lot ? { id: i.lot.id, code: i.lot.code } : null,
  }))
}
