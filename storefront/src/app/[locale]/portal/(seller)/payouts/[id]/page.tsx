export { default, generateMetadata } from "@/modules/portal/templates/payout"
