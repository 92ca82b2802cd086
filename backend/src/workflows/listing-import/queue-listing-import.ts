import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_IMPORT_MODULE } from "../../modules/listing-import"
import type ListingImportModuleService from "../../modules/listing-import/service"
import { checkSheet } from "./check-sheet"

export const LISTING_IMPORT_QUEUED = "listing-import.queued"

export type SheetInput = { seller: { id: string; handle: string }; file_name: string; cells: string[][] }

/** Every row judged by the rules of a single listing; reads only, so nothing to undo. */
export const checkSheetStep = createStep("check-listing-sheet", async (input: SheetInput, { container }) => {
  return new StepResponse(await checkSheet(container, input.seller, input.cells))
})

const createImportStep = createStep(
  "create-listing-import",
  async (input: { seller_id: string; file_name: string; total: number; errors: unknown[]; work: unknown }, { container }) => {
    const failed = input.errors.length
    const created = await container
      .resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE)
      .createListingImports({ ...input, processed: failed, failed, imported: 0, errors: input.errors as any, work: input.work as any })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ListingImportModuleService>(LISTING_IMPORT_MODULE).deleteListingImports(id)
  }
)

/** A dry run: the file's bad rows and how many are good; nothing is written. */
export const checkListingImportWorkflow = createWorkflow("check-listing-import", (input: SheetInput) => {
  return new WorkflowResponse(checkSheetStep(input))
})

/** The import itself: checked now, its bad rows recorded, its listings made by the worker (see the subscriber). */
export const queueListingImportWorkflow = createWorkflow("queue-listing-import", (input: SheetInput) => {
  const checked = checkSheetStep(input)
  const job = createImportStep(
    transform({ input, checked }, ({ input, checked }) => ({
      seller_id: input.seller.id,
      file_name: input.file_name,
      total: checked.total,
      errors: checked.errors,
      work: { seller_id: input.seller.id, listings: checked.work },
    }))
  )
  emitEventStep({ eventName: LISTING_IMPORT_QUEUED, data: transform({ job }, ({ job }) => ({ id: job.id })) })
  return new WorkflowResponse(job)
})
