import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readSheet, sheetFormat } from "../../../../lib/sheet"
import { LISTING_IMPORT_MODULE } from "../../../../modules/listing-import"
import type ListingImportModuleService from "../../../../modules/listing-import/service"
import { checkListingImportWorkflow, queueListingImportWorkflow } from "../../../../workflows/listing-import/queue-listing-import"
import { currentSeller, sellerThatMayChange } from "../current-seller"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The uploaded sheet's rows, or a 400 naming what is wrong with the file. */
async function sheetCells(req: AuthenticatedMedusaRequest) {
  const file = (req as any).file as { originalname: string; buffer: Buffer } | undefined
  if (!file) throw invalid('file: send the sheet (.csv or .xlsx) in the field "file"')
  if (!file.buffer.length) throw invalid("file: the file is empty")
  const format = sheetFormat(file.originalname, file.buffer)
  if (!format) throw invalid("file: only .csv (UTF-8) and .xlsx files are accepted")
  try {
    return { name: file.originalname.slice(0, 200), cells: await readSheet(format, file.buffer) }
  } catch (error) {
    throw invalid(`file: not a readable ${format} file (${String((error as Error).message).slice(0, 120)})`)
  }
}

// `?dry_run=true` checks every row and writes nothing; otherwise the import is queued for the worker (202) and its
// progress is read at /vendors/me/listing-imports/:id.
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await sellerThatMayChange(req)
  const { name, cells } = await sheetCells(req)
  const input = { seller: { id: seller.id, handle: (seller as any).handle as string }, file_name: name, cells }
  if ((req.validatedQuery as any)?.dry_run === "true") {
    const { result } = await checkListingImportWorkflow(req.scope).run({ input })
    return res.json({ dry_run: true, total: result.total, valid: result.total - result.errors.length, errors: result.errors })
  }
  const { result } = await queueListingImportWorkflow(req.scope).run({ input })
  const job = await req.scope.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE).ownImport(result.id, seller.id)
  res.status(202).json({ import: job })
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { seller } = await currentSeller(req)
  const imports = await req.scope.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE).latestImports(seller.id)
  res.json({ imports })
}
