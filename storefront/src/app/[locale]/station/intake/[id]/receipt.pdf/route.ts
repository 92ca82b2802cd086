export { GET } from "@/modules/station/intake-receipt-pdf"
