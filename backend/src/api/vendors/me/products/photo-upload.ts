import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_UPLOAD } from "../../../../modules/listing/photos/rules"

// Photos arrive as multipart form data in the field "files" (several), kept in memory as Medusa's own
// /admin/uploads does: they are decoded and re-encoded at once, never stored as sent.
const FIELD = "files"
const receive = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS_PER_UPLOAD, fields: 0, parts: MAX_PHOTOS_PER_UPLOAD },
}).array(FIELD, MAX_PHOTOS_PER_UPLOAD)

const MB = MAX_PHOTO_BYTES / (1024 * 1024)

/** Multer's refusals (and a malformed body) as the client's error, naming the field and the limit; never a 500. */
function refusal(err: any): { status: number; message: string } {
  const file = err?.field ? `${err.field}` : FIELD
  switch (err?.code) {
    case "LIMIT_FILE_SIZE":
      return { status: 413, message: `${file}: a photo may be at most ${MB} MB (${MAX_PHOTO_BYTES} bytes)` }
    case "LIMIT_FILE_COUNT":
    case "LIMIT_PART_COUNT":
      return { status: 400, message: `${FIELD}: at most ${MAX_PHOTOS_PER_UPLOAD} photos at once` }
    case "LIMIT_UNEXPECTED_FILE":
      return { status: 400, message: `${file}: unexpected field; send the photos in "${FIELD}"` }
    case "LIMIT_FIELD_COUNT":
      return { status: 400, message: `${file}: unexpected field; only photos in "${FIELD}" are accepted` }
    default:
      return { status: 400, message: `${FIELD}: not a readable multipart/form-data body` }
  }
}

export function receivePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${FIELD}: send the photos as multipart/form-data`))
  }
  receive(req as any, res as any, (err: unknown) => {
    if (!err) return next()
    const { status, message } = refusal(err)
    res.status(status).json({ type: "invalid_data", message })
  })
}
