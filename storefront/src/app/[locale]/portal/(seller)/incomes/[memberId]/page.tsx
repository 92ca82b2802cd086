export { default, generateMetadata } from "@/modules/portal/templates/income-household"
