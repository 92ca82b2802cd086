import { medusa } from "./client"

export type Category = { id: string; handle: string; name: string; name_en: string }

export async function listCategories(): Promise<Category[]> {
  try {
    const { product_categories } = await medusa().client.fetch<{ product_categories: any[] }>("/store/product-categories", {
      query: { fields: "id,handle,name,metadata", limit: 20 },
      next: { revalidate: 300, tags: ["categories"] },
    })
    return product_categories.map((c) => ({ id: c.id, handle: c.handle, name: c.name, name_en: c.metadata?.name_en ?? c.name }))
  } catch (error) {
    console.error(`storefront: categories failed: ${(error as Error).message}`)
    return []
  }
}
