import sharp from "sharp"
import { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { renderPhoto } from "../../modules/listing/photos/render"
import { photoImages, type RenderedSet } from "../../modules/listing/photos/rules"
import { productImageSvg } from "./images"
import { PRODUCTS } from "./products"

// The pictures are drawn at 480 px and rasterized at twice that, 960: renditions at 320 and 640 wide. AVIF
// encoding is the seed's cost; a 1080 rendition of a drawing would triple it and show nothing more.
const DENSITY = (72 * 960) / 480

/**
 * Each seeded product's drawing, rasterized and sent through the path a seller's upload takes (renderPhoto:
 * upright, no metadata, WebP and AVIF at each width), stored through the File Module in one upload.
 */
export async function seedPhotos(container: MedusaContainer) {
  const sets: RenderedSet[] = []
  const files: { filename: string; mimeType: string; content: string; access: "public" }[] = []
  for (const product of PRODUCTS) {
    const png = await sharp(Buffer.from(productImageSvg(product)), { density: DENSITY }).png().toBuffer()
    const { width, height, renditions } = await renderPhoto({ field: "seed", filename: `${product.handle}.svg`, content: png })
    sets.push({ width, height, files: renditions.map(({ format, width }) => ({ format, width })) })
    for (const r of renditions) {
      files.push({ filename: `${product.handle}-${r.width}.${r.format}`, mimeType: `image/${r.format}`, content: r.content.toString("base64"), access: "public" })
    }
  }
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  const images = photoImages(sets, result)
  return new Map(PRODUCTS.map((product, i) => [product.handle, images[i]]))
}
