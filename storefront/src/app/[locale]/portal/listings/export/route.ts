export { listingsExport as GET } from "@/modules/portal/import-files"
