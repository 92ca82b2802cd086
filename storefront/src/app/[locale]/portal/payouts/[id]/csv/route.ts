export { GET } from "@/modules/portal/payout-csv"
