import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_IMPORT_BYTES } from "@luotian/contract"
import multer from "multer"

// The sheet arrives as multipart form data in the field "file", kept in memory (at most 5 MB) and read at once.
const FIELD = "file"
const receive = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1 },
}).single(FIELD)

function refusal(err: any) {
  switch (err?.code) {
    case "LIMIT_FILE_SIZE":
      return `${FIELD}: a sheet may be at most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB (${MAX_IMPORT_BYTES} bytes)`
    case "LIMIT_FILE_COUNT":
    case "LIMIT_PART_COUNT":
    case "LIMIT_FIELD_COUNT":
    case "LIMIT_UNEXPECTED_FILE":
      return `${FIELD}: send one sheet in the field "${FIELD}" and nothing else`
    default:
      return `${FIELD}: not a readable multipart/form-data body`
  }
}

export function receiveSheet(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${FIELD}: send the sheet as multipart/form-data`))
  }
  receive(req as any, res as any, (err: unknown) => {
    if (!err) return next()
    res.status(400).json({ type: "invalid_data", message: refusal(err) })
  })
}
