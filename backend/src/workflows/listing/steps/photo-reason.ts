import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { photoRejection } from "../../../modules/listing/photo-reason"

export type ReasonInput = { product_id: string; reason?: string; photos?: string[] }

/** The reason the seller reads: the association's words, or the photos it named (each must be the product's). Reads only. */
export const photoReasonStep = createStep("listing-photo-reason", async ({ product_id, reason, photos }: ReasonInput, { container }) => {
  if (!photos?.length) return new StepResponse(reason)
  const { data: [product] }: { data: any[] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "images.id", "images.rank"],
    filters: { id: product_id },
  })
  const order = [...(product?.images ?? [])].sort((a: any, b: any) => a.rank - b.rank).map((image: any) => image.id)
  const unknown = photos.filter((id) => !order.includes(id))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `photos: ${unknown.join(", ")} is not a photo of product ${product_id}`)
  const positions = [...new Set(photos.map((id) => order.indexOf(id) + 1))].sort((a, b) => a - b)
  return new StepResponse(photoRejection(positions, reason))
})
