export { householdStatement as GET } from "@/modules/portal/ledger-files"
