import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import { PRODUCT_GRAPH_FIELDS, toCatalogueDocument } from "../../../search/catalogue/document"

type Input = { partner_point_id: string; product_ids: string[] }

/**
 * What the shelf change is: the products to add and to take off. A shelf holds only what the store sells (published
 * products of active sellers); any other id is refused by name.
 */
export const checkShelfStep = createStep("check-partner-shelf", async ({ partner_point_id, product_ids }: Input, { container }) => {
  const [point] = await container.resolve<PartnerModuleService>(PARTNER_MODULE).listPartnerPoints({ id: partner_point_id })
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner point ${partner_point_id} was not found`)
  const wanted = [...new Set(product_ids)]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = wanted.length
    ? await query.graph({ entity: "product", fields: PRODUCT_GRAPH_FIELDS, filters: { id: wanted } })
    : { data: [] }
  const sold = new Set(products.filter((product) => toCatalogueDocument(product)).map((product) => product.id as string))
  const refused = wanted.filter((id) => !sold.has(id))
  if (refused.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: ${refused.join(", ")} not in the store (a shelf holds published products of active sellers)`)
  }
  const { data: [current] } = await query.graph({ entity: "partner_point", fields: ["products.id"], filters: { id: partner_point_id } })
  const shelved = new Set<string>(((current as any)?.products ?? []).filter(Boolean).map((product: any) => product.id as string))
  return new StepResponse({
    add: wanted.filter((id) => !shelved.has(id)),
    remove: [...shelved].filter((id) => !wanted.includes(id)),
  })
})
