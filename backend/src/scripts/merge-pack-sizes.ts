import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../modules/listing"
import type ListingModuleService from "../modules/listing/service"
import { mergePackSizesWorkflow } from "../workflows/seller-product/merge-pack-sizes"

/**
 * Moves a store made when every pack size was a product of its own to one product per seller, name and grade with
 * its sizes as variants: `medusa exec ./src/scripts/merge-pack-sizes.ts`. `npm start` runs it (through the seed) after the migrations;
 * a store already in the new shape has no group to merge, so it changes nothing.
 */
export default async function mergePackSizes({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: listings } = await query.graph({
    entity: "listing",
    fields: ["product_id", "seller_id", "name_code", "grade_code", "product.weight", "product.variants.weight"],
  })
  const groups = container.resolve<ListingModuleService>(LISTING_MODULE).packSizeGroups(
    listings
      .filter((l: any) => l.product)
      .map((l: any) => ({ ...l, weights: l.product.variants.map((v: any) => Number(v.weight ?? l.product.weight)) }))
  )
  for (const group of groups) {
    await mergePackSizesWorkflow(container).run({ input: { product_ids: group.map((row) => row.product_id) } })
  }
  const merged = groups.reduce((n, group) => n + group.length, 0)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Pack sizes: merged ${merged} one-size products into ${groups.length}`)
  return { groups: groups.length, merged }
}
