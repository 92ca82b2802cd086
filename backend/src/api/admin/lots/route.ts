import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLotsQuery } from "./validators"

// The association looks a lot up by its code (or the code's start) across every seller: at most 50, newest first.
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q } = req.validatedQuery as unknown as AdminLotsQuery
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "lot",
    fields: ["id", "code", "status", "produced_on", "withdrawn_at", "product.title", "seller.id", "seller.handle", "seller.name", "seller.name_en"],
    // The code's characters are checked (letters, digits, "-"), so none of them is a LIKE wildcard.
    filters: { code: { $like: `${q}%` } },
    pagination: { take: 50, order: { produced_on: "DESC", created_at: "DESC" } },
  })
  res.json({
    lots: data.map((lot: any) => ({
      id: lot.id,
      code: lot.code,
      status: lot.status,
      produced_on: new Date(lot.produced_on).toISOString().slice(0, 10),
      withdrawn_at: lot.withdrawn_at ? new Date(lot.withdrawn_at).toISOString() : null,
      product: { title: lot.product?.title ?? null },
      seller: lot.seller ? { id: lot.seller.id, handle: lot.seller.handle, name: lot.seller.name, name_en: lot.seller.name_en } : null,
    })),
  })
}
