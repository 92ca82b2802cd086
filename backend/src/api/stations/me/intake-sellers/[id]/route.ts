import type { IntakeOptions } from "@luotian/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productGrades } from "../../../../../workflows/station/intake-grades"

/**
 * What the intake form offers for one active seller: its member households by name and village (the operator meets
 * the household in person; phones and ID numbers never leave the seller module) and its products with the grades of
 * each one's standard.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "name", "status", "products.id", "products.title"],
    filters: { id: req.params.id, status: "active" },
  })
  const seller = data[0] as any
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${req.params.id} was not found`)
  const { data: members } = await query.graph({ entity: "member", fields: ["id", "name", "village"], filters: { seller_id: seller.id }, pagination: { order: { name: "ASC" } } })
  const own = (seller.products ?? []).filter(Boolean)
  const grades = await productGrades(query, own.map((p: any) => p.id))
  const products = own
    .filter((p: any) => grades.get(p.id)?.length)
    .map((p: any) => ({ id: p.id, title: p.title, grades: grades.get(p.id)!.map((g) => ({ code: g.code, name: g.name, name_en: g.name_en })) }))
  const options: IntakeOptions = { seller: { id: seller.id, name: seller.name }, members: members.map((m: any) => ({ id: m.id, name: m.name, village: m.village })), products }
  res.json(options)
}
