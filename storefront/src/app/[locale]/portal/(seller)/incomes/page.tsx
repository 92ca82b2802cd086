export { default, generateMetadata } from "@/modules/portal/templates/incomes"
