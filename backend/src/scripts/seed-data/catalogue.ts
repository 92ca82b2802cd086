import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import { SELLER_MODULE } from "../../modules/seller"
import { setUpSellerDeliveryWorkflow } from "../../workflows/seller/set-up-seller-delivery"
import SellerModuleService from "../../modules/seller/service"
import { currentStandard } from "../../modules/grading/current"
import { sizeLabel } from "../../modules/listing/name"
import { packSizeVariant, SIZE_OPTION } from "../../workflows/seller-product/pack-size"
import { CATEGORIES, GEOGRAPHICAL_INDICATIONS } from "./categories"
import { seedPhotos } from "./photos"
import { LINES, PRODUCTS, SeedProduct } from "./products"
import { SELLERS } from "./sellers"

type Context = { salesChannelId: string }
type Delivery = { location_id: string; shipping_profile_id: string }

// USD list prices follow CNY at 7.10 per dollar, rounded to the cent in integer arithmetic.
const usd = (cny: number) => Math.round((Math.round(cny * 100) * 10) / 71) / 100

type Image = { url: string; metadata: Record<string, unknown> }

function productInput(product: SeedProduct, categoryId: string, image: Image, ctx: Context, delivery: Delivery) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: "published" as const,
    category_ids: [categoryId],
    thumbnail: image.url,
    images: [image],
    shipping_profile_id: delivery.shipping_profile_id,
    sales_channels: [{ id: ctx.salesChannelId }],
    metadata: { title_en: product.title_en, description_en: product.description_en },
    options: [{ title: SIZE_OPTION, values: product.sizes.map((size) => sizeLabel(size.net_weight_g).zh) }],
    variants: product.sizes.map((size) => ({
      ...packSizeVariant({ ...size, gtin: size.gtin }),
      sku: size.sku,
      prices: [
        { currency_code: "cny", amount: size.price_cny },
        { currency_code: "usd", amount: usd(size.price_cny) },
      ],
    })),
  }
}

// The association's unified product names in a category: sellers list under these, never under names of their own.
const unifiedNames = (category: string) =>
  LINES.filter((line) => line.category === category).map((line) => ({ code: line.key, zh: line.name, en: line.name_en }))

/** Categories, sellers, products with images, each product linked to its seller and stocked. */
export async function seedCatalogue(container: MedusaContainer, ctx: Context) {
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((c) => ({
        name: c.name,
        handle: c.handle,
        is_active: true,
        metadata: {
          name_en: c.name_en,
          unified_names: unifiedNames(c.handle),
          ...(GEOGRAPHICAL_INDICATIONS[c.handle] && { geographical_indications: GEOGRAPHICAL_INDICATIONS[c.handle] }),
        },
      })),
    },
  })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))

  const sellerService: SellerModuleService = container.resolve(SELLER_MODULE)
  const sellers = await sellerService.createSellers(SELLERS.map((s) => ({ ...s, status: "active" as const })))
  const sellerId = new Map(sellers.map((s) => [s.handle, s.id]))
  const delivery = new Map<string, Delivery>()
  for (const seller of sellers) {
    const { result } = await setUpSellerDeliveryWorkflow(container).run({
      input: { seller_id: seller.id, sales_channel_id: ctx.salesChannelId },
    })
    delivery.set(seller.handle, result)
  }

  const images = await seedPhotos(container)
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((p) =>
        productInput(p, categoryId.get(p.category)!, images.get(p.handle)!, ctx, delivery.get(p.seller)!)
      ),
    },
  })

  const byHandle = new Map(PRODUCTS.map((p) => [p.handle, p]))
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    products.map((product) => ({
      [SELLER_MODULE]: { seller_id: sellerId.get(byHandle.get(product.handle)!.seller)! },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
  )

  await stock(container, delivery, byHandle)
  await approveListings(container, products, byHandle, sellerId)
  return products.length
}

// The seeded catalogue is what the association has already reviewed and approved, graded under the standards in force.
async function approveListings(container: MedusaContainer, products: { id: string; handle: string }[], byHandle: Map<string, SeedProduct>, sellerId: Map<string, string>) {
  const now = new Date()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const standardOf = new Map<string, Awaited<ReturnType<typeof currentStandard>>>()
  for (const category of new Set(PRODUCTS.map((p) => p.category))) {
    standardOf.set(category, await currentStandard(query, category))
  }
  await container.resolve<ListingModuleService>(LISTING_MODULE).createListings(
    products.map((product) => {
      const seed = byHandle.get(product.handle)!
      const standard = standardOf.get(seed.category)!
      return {
        product_id: product.id,
        seller_id: sellerId.get(seed.seller)!,
        name_code: seed.name_code,
        grade_code: seed.grade,
        grade_id: standard.grades.find((g) => g.code === seed.grade)!.id,
        standard_id: standard.id,
        standard_version: standard.version,
        status: "approved" as const,
        submitted_at: now,
        decided_at: now,
        decided_by: "seed",
      }
    })
  )
}

// Each size's stock is kept at its seller's own location.
async function stock(container: MedusaContainer, delivery: Map<string, Delivery>, byHandle: Map<string, SeedProduct>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  const bySku = new Map([...byHandle.values()].flatMap((p) => p.sizes.map((size) => [size.sku, { seller: p.seller, stock: size.stock }] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items
        .filter((item) => bySku.has(item.sku!))
        .map((item) => {
          const product = bySku.get(item.sku!)!
          return { location_id: delivery.get(product.seller)!.location_id, inventory_item_id: item.id, stocked_quantity: product.stock }
        }),
    },
  })
}
