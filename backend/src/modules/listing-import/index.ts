import { Module } from "@medusajs/framework/utils"
import ListingImportModuleService from "./service"

// A seller's bulk import of listings from a sheet: a job with its own lifecycle (queued, running, done), its rows and
// its progress. Kept apart from the listing module, whose concept is one listing under review, not a file of them.
export const LISTING_IMPORT_MODULE = "listing_import"

export default Module(LISTING_IMPORT_MODULE, { service: ListingImportModuleService })
