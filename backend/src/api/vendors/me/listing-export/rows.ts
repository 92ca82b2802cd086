import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { headerCell, IMPORT_COLUMNS } from "@luotian/contract"
import { cnyPrice, FIELDS, stockOf } from "../../../../workflows/listing-import/existing"
import { listingCode } from "../../../../workflows/listing-import/work"
import { productRows } from "../../../../lib/product-rows"
import { ownProductIds } from "../products/own-product"

/** The seller's listings as the import takes them: the header row, then one row per pack size, by listing and weight. */
export async function exportRows(container: MedusaContainer, seller: { id: string; handle: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await ownProductIds(query, seller.id)
  const products = (ids.length ? await productRows(query, FIELDS, { id: ids }) : []).filter((p) => p.listing).sort((a, b) => a.handle.localeCompare(b.handle))
  const rows = products.flatMap((p) =>
    [...p.variants]
      .sort((a: any, b: any) => Number(a.weight) - Number(b.weight))
      .map((v: any) => ({
        listing: listingCode(seller, p.handle), category: p.categories?.[0]?.handle, name: p.listing.name_code, grade: p.listing.grade_code,
        net_weight_g: Number(v.weight), price_cny: cnyPrice(v), stock: stockOf(v), gtin: v.ean ?? undefined,
        description: p.description ?? undefined, description_en: p.metadata?.description_en ?? undefined,
      }))
  )
  return [IMPORT_COLUMNS.map(headerCell), ...rows.map((row) => IMPORT_COLUMNS.map((c) => (row as any)[c.key] as string | number | undefined))]
}
