import { CatalogueDocument } from "./document"

/** The product card a storefront renders, nested the way it reads. */
export function toCard(doc: CatalogueDocument) {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    title_en: doc.title_en,
    description: doc.description,
    description_en: doc.description_en,
    thumbnail: doc.thumbnail,
    category: { handle: doc.category, name: doc.category_name, name_en: doc.category_name_en },
    grade: { code: doc.grade, name: doc.grade_name, name_en: doc.grade_name_en },
    seller: { handle: doc.seller, name: doc.seller_name, name_en: doc.seller_name_en, type: doc.seller_type },
    town: doc.town,
    town_en: doc.town_en,
    price_cny: doc.price_cny,
    currency_code: "cny",
    stock: doc.stock,
    in_stock: doc.in_stock,
    sizes: doc.sizes,
    created_at: doc.created_at,
  }
}
