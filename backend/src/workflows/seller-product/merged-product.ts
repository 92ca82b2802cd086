import { sizeLabel } from "../../modules/listing/name"
import { SIZE_OPTION } from "./pack-size"

type Row = Record<string, any>

export const MERGE_FIELDS = [
  "id", "title", "handle", "description", "status", "thumbnail", "metadata", "weight", "images.url",
  "categories.id", "sales_channels.id", "shipping_profile.id", "seller.id", "seller.handle", "listing.*",
  "variants.id", "variants.sku", "variants.ean", "variants.weight", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id", "variants.inventory_items.required_quantity",
]

// Titles of one-size products were "name · grade · size"; the merged product is "name · grade".
const withoutSize = (title: string) => (title.split(" · ").length === 3 ? title.split(" · ").slice(0, 2).join(" · ") : title)

/** The new product for a group of one-size products, and the codes each size's variant takes once they are gone. */
export function mergedProduct(products: Row[]) {
  // The approved listing (if any) is the one kept, with its review history; its product gives the texts.
  const keep = products.find((p) => p.listing?.status === "approved") ?? products[0]
  const sizes = products
    .map((product) => ({ product, variant: product.variants[0], grams: Number(product.variants[0].weight ?? product.weight) }))
    .sort((a, b) => a.grams - b.grams)
  const images = [...new Set(products.flatMap((p) => (p.images ?? []).map((image: Row) => image.url as string)))]
  return {
    keep_product_id: keep.id as string,
    seller_id: keep.seller.id as string,
    codes: Object.fromEntries(sizes.map(({ variant, grams }) => [sizeLabel(grams).zh, { sku: variant.sku ?? undefined, ean: variant.ean ?? undefined }])),
    product: {
      title: withoutSize(keep.title),
      handle: `${keep.seller.handle}-${keep.listing.name_code}-${keep.listing.grade_code}`,
      description: keep.description,
      status: products.some((p) => p.status === "published") && keep.listing?.status === "approved" ? ("published" as const) : ("draft" as const),
      thumbnail: keep.thumbnail,
      images: images.map((url) => ({ url })),
      category_ids: (keep.categories ?? []).map((c: Row) => c.id),
      sales_channels: (keep.sales_channels ?? []).map((c: Row) => ({ id: c.id })),
      shipping_profile_id: keep.shipping_profile?.id,
      metadata: { ...keep.metadata, ...(keep.metadata?.title_en && { title_en: withoutSize(keep.metadata.title_en) }) },
      options: [{ title: SIZE_OPTION, values: sizes.map(({ grams }) => sizeLabel(grams).zh) }],
      variants: sizes.map(({ variant, grams }) => ({
        title: sizeLabel(grams).zh,
        options: { [SIZE_OPTION]: sizeLabel(grams).zh },
        weight: grams,
        manage_inventory: true,
        inventory_items: (variant.inventory_items ?? []).map((item: Row) => ({ inventory_item_id: item.inventory_item_id, required_quantity: item.required_quantity ?? 1 })),
        prices: (variant.prices ?? []).map((price: Row) => ({ currency_code: price.currency_code, amount: Number(price.amount) })),
      })),
    },
  }
}
