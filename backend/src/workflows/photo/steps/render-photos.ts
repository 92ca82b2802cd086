import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inspectPhoto, renderPhoto } from "../../../modules/listing/photos/render"

export type IncomingPhoto = { field: string; filename: string; content: string }
export type RenderedFile = { filename: string; mimeType: string; content: string; access: "public" }
export type RenderedPhotos = { photos: { width: number; height: number; files: { format: string; width: number }[] }[]; files: RenderedFile[] }

/**
 * Decodes every photo first (one that is no image fails the upload before any work), then renders them one at a
 * time (memory stays at one photo's pixels). Nothing is stored here; the files are named for the product.
 */
export const renderPhotosStep = createStep(
  "render-photos",
  async ({ product_id, photos }: { product_id: string; photos: IncomingPhoto[] }) => {
    const decoded = photos.map((p) => ({ field: p.field, filename: p.filename, content: Buffer.from(p.content, "base64") }))
    for (const photo of decoded) await inspectPhoto(photo)
    const result: RenderedPhotos = { photos: [], files: [] }
    for (const photo of decoded) {
      const { width, height, renditions } = await renderPhoto(photo)
      const stem = `${product_id}-${randomBytes(4).toString("hex")}`
      result.photos.push({ width, height, files: renditions.map(({ format, width }) => ({ format, width })) })
      for (const r of renditions) {
        result.files.push({ filename: `${stem}-${r.width}.${r.format}`, mimeType: `image/${r.format}`, content: r.content.toString("base64"), access: "public" })
      }
    }
    return new StepResponse(result)
  }
)
