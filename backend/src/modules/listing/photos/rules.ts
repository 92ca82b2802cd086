// What a seller's photo may be and what the store makes of it; pure, no image library (render.ts does the pixels).

/** At most 10 MB a file: a phone's camera photo fits, anything larger is refused before it is read. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const MAX_PHOTOS_PER_UPLOAD = 10

/** The widths the storefront chooses from (a card, a phone's screen, a phone at 3x or a desktop gallery). */
export const RENDITION_WIDTHS = [320, 640, 1080] as const
/** AVIF first: the browser takes the first <source> it can show. */
export const RENDITION_FORMATS = ["avif", "webp"] as const
export type RenditionFormat = (typeof RENDITION_FORMATS)[number]

/** Image formats as the image library names them after reading the bytes; AVIF is HEIF with AV1 inside. */
const ACCEPTED: Record<string, string> = { jpeg: "JPEG", png: "PNG", webp: "WebP", "heif/av1": "AVIF" }
export const ACCEPTED_NAMES = "JPEG, PNG, WebP or AVIF"

/** The accepted format's name, or undefined: decided by the decoded content, never by the file's name or type. */
export function acceptedFormat(format: string | undefined, compression?: string) {
  const key = format === "heif" ? `heif/${compression}` : String(format)
  return ACCEPTED[key]
}

/** The rendition widths for an original this wide: never wider than the original, at least one. */
export function widthsFor(originalWidth: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= originalWidth)
  return widths.length ? widths : [originalWidth]
}

export type Renditions = Record<RenditionFormat, Record<string, string>>
/** What a product image carries in its metadata: the renditions' URLs by format and width, and their files. */
export type PhotoMetadata = { renditions: Renditions; width: number; height: number; file_ids: string[] }

/** The image's own url: the WebP nearest 640 wide, which any browser shows and a phone's card needs. */
export function primaryUrl(renditions: Renditions) {
  const widths = Object.keys(renditions.webp).map(Number).sort((a, b) => a - b)
  const mid = [...widths].reverse().find((w) => w <= 640) ?? widths[0]
  return renditions.webp[String(mid)]
}

/** A reorder must name every photo of the product once, and nothing else. */
export function checkOrder(current: string[], wanted: string[]) {
  const unknown = wanted.filter((id) => !current.includes(id))
  if (unknown.length) return `image_ids: ${unknown.join(", ")} is not a photo of this product`
  if (new Set(wanted).size !== wanted.length) return "image_ids: a photo is named twice"
  const missing = current.filter((id) => !wanted.includes(id))
  if (missing.length) return `image_ids: name every photo of the product; missing ${missing.join(", ")}`
  return undefined
}

export type RenderedSet = { width: number; height: number; files: { format: string; width: number }[] }
export type StoredFile = { id: string; url: string }

/**
 * The product images for rendered photos, given their files as stored (in the order they were rendered):
 * each image's url is its mid WebP, its metadata the renditions by format and width and the files to delete with it.
 */
export function photoImages(photos: RenderedSet[], stored: StoredFile[]) {
  let next = 0
  return photos.map(({ width, height, files }) => {
    const renditions: Renditions = { avif: {}, webp: {} }
    const file_ids: string[] = []
    for (const file of files) {
      const { id, url } = stored[next++]
      renditions[file.format as RenditionFormat][String(file.width)] = url
      file_ids.push(id)
    }
    const metadata: PhotoMetadata = { renditions, width, height, file_ids }
    return { url: primaryUrl(renditions), metadata }
  })
}
