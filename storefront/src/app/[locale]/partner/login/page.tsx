export { default, generateMetadata } from "@/modules/partner-owner/templates/login"
