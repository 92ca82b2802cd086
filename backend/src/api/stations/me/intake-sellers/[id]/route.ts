import type { IntakeOptions } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * What the intake form offers for one active seller: its member households by name and village (the operator meets
 * the household in person; phones and ID numbers never leave the seller module) and its products with the grades of
 * each one's standard.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "name", "status", "products.id", "products.title", "products.listing.grade.standard.grades.*"],
    filters: { id: req.params.id, status: "active" },
  })
  const seller = data[0] as any
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${req.params.id} was not found`)
  const { data: members } = await query.graph({ entity: "member", fields: ["id", "name", "village"], filters: { seller_id: seller.id }, pagination: { order: { name: "ASC" } } })
  const products = (seller.products ?? [])
    .filter((p: any) => p?.listing?.grade?.standard)
    .map((p: any) => ({
      id: p.id,
      title: p.title,
      grades: [...p.listing.grade.standard.grades].sort((a: any, b: any) => a.rank - b.rank).map((g: any) => ({ code: g.code, name: g.name, name_en: g.name_en })),
    }))
  const options: IntakeOptions = { seller: { id: seller.id, name: seller.name }, members: members.map((m: any) => ({ id: m.id, name: m.name, village: m.village })), products }
  res.json(options)
}
