export { default, generateMetadata } from "@/modules/partner-owner/templates/dashboard"
