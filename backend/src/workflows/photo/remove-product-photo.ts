import { deleteFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readPhotosStep } from "./steps/read-photos"
import { savePhotos } from "./save-photos"

export type RemovePhoto = { product_id: string; image_id: string }

// A seller removes one photo: the product drops it first (undone on failure), its files go last, when nothing
// can fail any more.
export const removeProductPhotoWorkflow = createWorkflow("remove-product-photo", (input: RemovePhoto) => {
  const plan = readPhotosStep(input.product_id)
  const images = transform({ plan, input }, ({ plan, input }) => plan.images.filter((image) => image.id !== input.image_id))
  savePhotos(input, images, plan)
  deleteFilesStep(
    transform({ plan, input }, ({ plan, input }) => {
      const removed = plan.images.find((image) => image.id === input.image_id)
      return ((removed?.metadata as { file_ids?: string[] } | null)?.file_ids ?? []) as string[]
    })
  )
  return new WorkflowResponse(images)
})
