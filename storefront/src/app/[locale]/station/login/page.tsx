export { default, generateMetadata } from "@/modules/station/templates/login"
