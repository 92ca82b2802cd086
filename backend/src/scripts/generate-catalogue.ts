import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { currentStandard } from "../modules/grading/current"
import { LISTING_MODULE } from "../modules/listing"
import type ListingModuleService from "../modules/listing/service"
import { SELLER_MODULE } from "../modules/seller"
import { catchUpSearchIndex, pauseCatchUp, resumeCatchUp } from "../search/catch-up"
import { meiliHost } from "../search/meili"
import { reindexCatalogue } from "../search/reindex"
import { Catalogue, listing, Listing } from "./bench/listings"
import { PRODUCTS } from "./seed-data/products"

const CONCURRENT_BATCHES = 2
// The store's search catch-up pass waits while this load runs (renewed each batch), and after it the rebuild.
const PAUSE_S = 600

/**
 * Grows a seeded store's catalogue to N products for the benchmark (`npm run bench`):
 * `medusa exec ./src/scripts/generate-catalogue.ts [N=20000] [batch=1000]`. Listings are made in batches as the
 * seed makes them (product, seller link, stock at the seller's location, approved review), then the search index is
 * rebuilt once (swapped in, search/reindex.ts). The store's search catch-up pass pauses meanwhile (search/catch-up.ts).
 */
export default async function generateCatalogue({ container, args = [] }: ExecArgs) {
  const target = Number(args[0] ?? 20000)
  const batch = Number(args[1] ?? 1000)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [, existing] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  const catalogue = await readCatalogue(container)
  const started = Date.now()
  const starts: number[] = []
  for (let from = existing + 1; from <= target; from += batch) starts.push(from)
  let done = existing
  // Two batches at a time: while one waits on PostgreSQL, the other's workflow runs on this process's thread.
  const worker = async () => {
    for (let from = starts.shift(); from !== undefined; from = starts.shift()) {
      await pauseCatchUp(container, PAUSE_S)
      const listings = Array.from({ length: Math.min(batch, target - from + 1) }, (_, i) => listing(from + i, catalogue))
      await createListings(container, listings)
      done += listings.length
      logger.info(`Generate: ${done}/${target} products, ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  }
  let loaded: number, indexing: number, documents: number | null
  try {
    await withoutEvents(container, () => Promise.all(Array.from({ length: CONCURRENT_BATCHES }, worker)).then(() => undefined))
    loaded = Date.now()
    // The planner's statistics still describe the small tables: without them it reads a product by handle through
    // the status index, over every product. Autovacuum would analyze soon after (unless it is off); do it now.
    await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE")
    indexing = Date.now()
    await pauseCatchUp(container, PAUSE_S)
    documents = (await reindexCatalogue(container)).documents
  } finally {
    // Also when the load failed: the pass then indexes the products it made.
    await resumeCatchUp(container)
  }
  // The rebuild leaves the products of its horizon's few seconds to the next pass; done here, not in the store's
  // worker a minute later, when the benchmark is measuring.
  if (meiliHost()) await catchUpSearchIndex(container)
  const created = Math.max(0, target - existing)
  const seconds = (ms: number) => (ms / 1000).toFixed(1)
  // One line the benchmark reads back: how long the products, the statistics and the index took.
  const timings = { created, documents, products_s: seconds(loaded - started), analyze_s: seconds(indexing - loaded), reindex_s: seconds(Date.now() - indexing) }
  logger.info(`Generate result: ${JSON.stringify(timings)}`)
}

/**
 * Runs a bulk load with this process's event bus silenced. Subscribers load in `medusa exec` too, and each product's
 * event would make the search module re-read the product and wait on its own index task (about 13 products/s in
 * all); the one reindex after the load indexes them all at once instead, as the seed does. Only this short-lived
 * process is affected: the running store has its own event bus.
 */
async function withoutEvents(container: MedusaContainer, work: () => Promise<void>) {
  const bus = container.resolve(Modules.EVENT_BUS)
  const emit = bus.emit
  bus.emit = async () => {}
  try {
    await work()
  } finally {
    bus.emit = emit
  }
}

async function readCatalogue(container: MedusaContainer): Promise<Catalogue> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const { data: sellers } = await query.graph({ entity: "seller", fields: ["id", "handle", "stock_location.id", "shipping_profile.id"] })
  const { data: seeded } = await query.graph({ entity: "product", fields: ["thumbnail", "listing.name_code"], filters: { handle: PRODUCTS.map((p) => p.handle) } })
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const standards = new Map()
  for (const category of categories) {
    const standard = await currentStandard(query, category.handle)
    if (standard) standards.set(category.handle, standard)
  }
  return {
    categories: new Map(categories.map((c: any) => [c.handle, c])),
    standards,
    // A seller still pending review has no stock location nor shipping profile yet, and sells nothing.
    sellers: new Map(
      sellers.filter((s: any) => s.stock_location && s.shipping_profile).map((s: any) => [s.handle, { id: s.id, handle: s.handle, location_id: s.stock_location.id, shipping_profile_id: s.shipping_profile.id }])
    ),
    thumbnails: new Map(seeded.filter((p: any) => p.thumbnail).map((p: any) => [p.listing?.name_code, p.thumbnail])),
    salesChannelId: stores[0].default_sales_channel_id!,
  }
}

/** One batch: the products, their sellers, their stock at each seller's location, and the association's approval. */
async function createListings(container: MedusaContainer, listings: Listing[]) {
  const { result: products } = await createProductsWorkflow(container).run({
    input: { products: listings.map((l) => l.product) as any },
  })
  const byHandle = new Map(listings.map((l) => [l.handle, l]))
  const made = products.map((product) => ({ id: product.id, listing: byHandle.get(product.handle)! }))
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    made.map(({ id, listing }) => ({ [SELLER_MODULE]: { seller_id: listing.seller.id }, [Modules.PRODUCT]: { product_id: id } }))
  )
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: made.map((m) => m.id) },
  })
  const bySku = new Map(listings.flatMap((l) => l.sizes.map((size) => [size.sku, { ...size, seller: l.seller }] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.map((variant: any) => ({
        location_id: bySku.get(variant.sku)!.seller.location_id,
        inventory_item_id: variant.inventory_items[0].inventory_item_id,
        stocked_quantity: bySku.get(variant.sku)!.stock,
      })),
    },
  })
  const now = new Date()
  await container.resolve<ListingModuleService>(LISTING_MODULE).createListings(
    made.map(({ id, listing }) => ({
      ...listing.listing,
      product_id: id,
      seller_id: listing.seller.id,
      status: "approved" as const,
      submitted_at: now,
      decided_at: now,
      decided_by: "bench",
    }))
  )
}
