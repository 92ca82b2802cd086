import sharp from "sharp"
import { MedusaError } from "@medusajs/framework/utils"
import { ACCEPTED_NAMES, acceptedFormat, RENDITION_FORMATS, type RenditionFormat, widthsFor } from "./rules"

// The pixels of a listing's photo: checked by decoding it, then turned into the renditions the store serves.
// Framework-free apart from the error type, so that the seed and the upload workflow share one path.

export type PhotoFile = { field: string; filename: string; content: Buffer }
export type Rendition = { format: RenditionFormat; width: number; content: Buffer }
export type RenderedPhoto = { width: number; height: number; renditions: Rendition[] }

// AVIF's encoder is the slow part; effort 3 of 9 keeps a 12 MP photo around a second on one core.
const ENCODE = {
  avif: (image: sharp.Sharp) => image.avif({ quality: 50, effort: 3 }),
  webp: (image: sharp.Sharp) => image.webp({ quality: 78 }),
} satisfies Record<RenditionFormat, (image: sharp.Sharp) => sharp.Sharp>

const notAPhoto = (file: PhotoFile, why: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${file.field} ("${file.filename}"): ${why}; a photo must be a ${ACCEPTED_NAMES} image, checked by its content`)

/** The photo's format and upright size, or a 400 naming the file when its content is no accepted image. */
export async function inspectPhoto(file: PhotoFile) {
  let meta: sharp.Metadata
  try {
    meta = await sharp(file.content, { failOn: "error" }).metadata()
  } catch {
    throw notAPhoto(file, "not an image")
  }
  const format = acceptedFormat(meta.format, meta.compression)
  if (!format || !meta.width || !meta.height) throw notAPhoto(file, `${meta.format ?? "unknown"} is not accepted`)
  // EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5
  return { format, width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height }
}

/**
 * Upright (EXIF orientation applied), every metadata block dropped (sharp writes none unless asked: no EXIF, GPS,
 * XMP or ICC leaves this function), and resized to each rendition width in each format.
 */
export async function renderPhoto(file: PhotoFile): Promise<RenderedPhoto> {
  const { width, height } = await inspectPhoto(file)
  const upright = sharp(file.content, { failOn: "error" }).rotate()
  const renditions = await Promise.all(
    widthsFor(width).flatMap((w) =>
      RENDITION_FORMATS.map(async (format) => {
        const content = await ENCODE[format](upright.clone().resize({ width: w, withoutEnlargement: true })).toBuffer()
        return { format, width: w, content }
      })
    )
  ).catch((error) => {
    if (error instanceof MedusaError) throw error
    throw notAPhoto(file, "the image could not be decoded")
  })
  return { width, height, renditions }
}
