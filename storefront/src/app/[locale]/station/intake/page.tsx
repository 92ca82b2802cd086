export { default, generateMetadata } from "@/modules/station/templates/intake"
