export { ledgerCsv as GET } from "@/modules/portal/ledger-files"
