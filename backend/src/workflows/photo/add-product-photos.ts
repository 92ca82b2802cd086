import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { photoImages } from "../../modules/listing/photos/rules"
import { readPhotosStep } from "./steps/read-photos"
import { type IncomingPhoto, renderPhotosStep } from "./steps/render-photos"
import { savePhotos } from "./save-photos"

export type AddPhotos = { product_id: string; photos: IncomingPhoto[] }

// A seller adds photos after those the product has: each rendered (upright, without metadata, WebP and AVIF at
// a few widths), stored through the File Module, and kept on the product as one image. A failure after the
// upload deletes the files again (the upload step's compensation).
export const addProductPhotosWorkflow = createWorkflow("add-product-photos", (input: AddPhotos) => {
  const plan = readPhotosStep(input.product_id)
  const rendered = renderPhotosStep(input)
  const stored = uploadFilesStep(transform({ rendered }, ({ rendered }) => ({ files: rendered.files })))
  const images = transform({ plan, rendered, stored }, ({ plan, rendered, stored }) => [
    ...plan.images,
    ...photoImages(rendered.photos, stored),
  ])
  savePhotos(input, images, plan)
  return new WorkflowResponse(images)
})
