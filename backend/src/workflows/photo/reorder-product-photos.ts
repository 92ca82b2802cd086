import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readPhotosStep } from "./steps/read-photos"
import { savePhotos } from "./save-photos"

export type ReorderPhotos = { product_id: string; image_ids: string[] }

// A seller puts its photos in a new order (the route has checked that it names each photo once); the first
// becomes the thumbnail.
export const reorderProductPhotosWorkflow = createWorkflow("reorder-product-photos", (input: ReorderPhotos) => {
  const plan = readPhotosStep(input.product_id)
  const images = transform({ plan, input }, ({ plan, input }) =>
    input.image_ids.map((id) => plan.images.find((image) => image.id === id)!)
  )
  savePhotos(input, images, plan)
  return new WorkflowResponse(images)
})
