export { GET } from "@/modules/portal/statement-csv"
