import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import { pointFigures } from "./figures"
import type { CreatePartnerPoint } from "./validators"

/** The association's partner points with their shelves, scans and attributed purchases. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data: points } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner_point",
    fields: ["*", "products.id", "products.title"],
    pagination: { order: { kind: "DESC", code: "ASC" } },
  })
  const figures = await pointFigures(req.scope, points.map((point: any) => point.id))
  res.json({ partners: points.map((point: any) => ({ ...point, ...figures.get(point.id) })), count: points.length })
}

/** A new point; its code is unique among the points and never changes (it is printed). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as CreatePartnerPoint
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  if ((await partners.listPartnerPoints({ code: body.code })).length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `code: a partner point with the code ${body.code} exists already`)
  }
  const point = await partners.createPartnerPoints(body)
  res.status(201).json({ partner: point })
}
