import type { PackSize } from "../seller-product/pack-size"

/** A row's pack size; an existing size (`variant_id`) says what the row changes in it. */
export type SheetSize = PackSize & { row: number; variant_id?: string; price_changed?: boolean; stock_changed?: boolean }

/** A listing of the sheet: a new one (no `product_id`) as the listing module judged its claim, or the seller's own. */
export type SheetListing = {
  code: string
  product_id?: string
  category: string
  category_id: string
  name: string
  grade: string
  title: string
  title_en: string
  listing: { name_code: string; grade_code: string; grade_id: string; standard_id: string; standard_version: number }
  description?: string
  description_en?: string
  sizes: SheetSize[]
}

/** The product handle of a seller's listing code; the export writes the code back from it. */
export const productHandle = (seller: { handle: string }, code: string) => `${seller.handle}-${code}`
export const listingCode = (seller: { handle: string }, handle: string) =>
  handle.startsWith(`${seller.handle}-`) ? handle.slice(seller.handle.length + 1) : handle
